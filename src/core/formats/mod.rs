//! Everything that leaves or enters the app as text: file formats (with
//! their versions and migrations), share links, QR codes and CSV.

pub mod backup;
pub mod csv;
pub mod files;
pub mod invitation_link;
pub mod link;
pub mod locked;
pub mod migrate;
pub mod plan_export;
pub mod qr;
pub mod read;
pub mod sniff;
