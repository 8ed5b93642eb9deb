// talc instead of std's dlmalloc: it is as suited to a single-threaded
// WebAssembly page and about half the code, which the bundle budget needs.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    kapacitetsradar::start();
}
