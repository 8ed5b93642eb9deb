//! Words about the device's data: offline use and updates, backups and
//! restoring, locking with a passphrase, deleting everything, and the
//! privacy page.

strings! {
    DataKey,
    // The way in, from the footer and the start page.
    DataLink => ["Data på denne enhed", "Data på denne enheten", "Data on this device"],
    PrivacyLink => ["Privatliv", "Personvern", "Privacy"],
    ReadMorePrivacy => ["Læs mere om privatliv", "Les mer om personvern", "Read more about privacy"],

    // A new version.
    UpdateReady => [
        "Der er en ny version – genindlæs, når det passer dig. Dine svar er gemt.",
        "Det finnes en ny versjon – last inn på nytt når det passer deg. Svarene dine er lagret.",
        "A new version is available – reload when it suits you. Your answers are saved.",
    ],
    Reload => ["Genindlæs", "Last inn på nytt", "Reload"],

    // The backup reminder.
    NudgeWebKit => [
        "Dine vurderinger findes kun i denne browser, og der er ikke gemt en sikkerhedskopi i flere dage. Safari og alle browsere på iPad og iPhone kan slette det, en side har gemt, efter 7 dage uden besøg.",
        "Vurderingene dine finnes bare i denne nettleseren, og det er ikke lagret en sikkerhetskopi på flere dager. Safari og alle nettlesere på iPad og iPhone kan slette det en side har lagret, etter 7 dager uten besøk.",
        "Your assessments exist only in this browser, and no backup has been saved for several days. Safari, and every browser on an iPad or iPhone, may delete what a site stored after 7 days without a visit.",
    ],
    NudgeText => [
        "Dine vurderinger findes kun i denne browser, og der er ikke gemt en sikkerhedskopi i over en uge. Browsere kan slette data, når der mangler plads.",
        "Vurderingene dine finnes bare i denne nettleseren, og det er ikke lagret en sikkerhetskopi på over en uke. Nettlesere kan slette data når det mangler plass.",
        "Your assessments exist only in this browser, and no backup has been saved for over a week. Browsers may delete data when space runs short.",
    ],
    SaveBackup => ["Gem en sikkerhedskopi", "Lagre en sikkerhetskopi", "Save a backup"],
    NotNow => ["Ikke nu", "Ikke nå", "Not now"],

    // The data page.
    DataHeading => ["Data på denne enhed", "Data på denne enheten", "Data on this device"],
    DataIntro => [
        "Alt, hvad du skriver i Kapacitetsradar, gemmes kun i denne browser på denne enhed. Her kan du se, hvor meget der er, gemme en sikkerhedskopi, gendanne fra en og slette det hele.",
        "Alt du skriver i Kapacitetsradar, lagres bare i denne nettleseren på denne enheten. Her kan du se hvor mye det er, lagre en sikkerhetskopi, gjenopprette fra en og slette alt.",
        "Everything you type into Kapacitetsradar is stored only in this browser on this device. Here you can see how much there is, save a backup, restore from one and delete it all.",
    ],
    StorageHeading => ["Lager", "Lagring", "Storage"],
    Persistence => ["Varig lagring", "Varig lagring", "Persistent storage"],
    Persistent => [
        "Ja – browseren sletter ikke dataene af sig selv.",
        "Ja – nettleseren sletter ikke dataene av seg selv.",
        "Yes – the browser won't delete the data on its own.",
    ],
    NotPersistent => [
        "Nej – browseren kan slette dataene, hvis der mangler plads, eller siden ikke har været brugt længe. Gem en sikkerhedskopi.",
        "Nei – nettleseren kan slette dataene hvis det mangler plass, eller siden ikke har vært brukt på lenge. Lagre en sikkerhetskopi.",
        "No – the browser may delete the data when space runs short or the page hasn't been used for long. Save a backup.",
    ],
    PersistenceUnknown => [
        "Denne browser oplyser det ikke.",
        "Denne nettleseren oppgir det ikke.",
        "This browser doesn't say.",
    ],
    AskPersistence => ["Bed om varig lagring", "Be om varig lagring", "Ask for persistent storage"],
    AppUsage => ["Kapacitetsradars data", "Kapacitetsradars data", "Kapacitetsradar's data"],
    AppUsageValue => [
        "{size} – i browserens lokale lager, som typisk rummer omkring 5 MB",
        "{size} – i nettleserens lokale lager, som vanligvis rommer omtrent 5 MB",
        "{size} – in the browser's local storage, which usually holds about 5 MB",
    ],
    SiteUsage => ["Hele sidens lager", "Hele sidens lager", "The site's whole storage"],
    SiteUsageValue => [
        "{used} af {quota}, efter browserens skøn (med appens egne filer til brug uden net)",
        "{used} av {quota}, etter nettleserens anslag (med appens egne filer for bruk uten nett)",
        "{used} of {quota}, as the browser estimates it (including the app's own files for offline use)",
    ],
    Holds => ["Indhold", "Innhold", "Contents"],
    HoldsValue => [
        "{assessments} vurderinger, {respondents} respondenter, {models} egne modeller",
        "{assessments} vurderinger, {respondents} respondenter, {models} egne modeller",
        "{assessments} assessments, {respondents} respondents, {models} own models",
    ],
    LastBackup => ["Seneste sikkerhedskopi", "Siste sikkerhetskopi", "Last backup"],
    NoBackupYet => ["Ingen endnu", "Ingen ennå", "None yet"],
    Unknown => ["Ukendt", "Ukjent", "Unknown"],
    BackupHeading => ["Sikkerhedskopi", "Sikkerhetskopi", "Backup"],
    BackupIntro => [
        "Én fil med alle vurderinger, svar, aftalte billeder, handleplaner og egne modeller. Gem den et sikkert sted – fx på dit drev – så du kan gendanne det hele i en anden browser eller på en anden enhed.",
        "Én fil med alle vurderinger, svar, omforente bilder, handlingsplaner og egne modeller. Lagre den et trygt sted – for eksempel på disken din – så du kan gjenopprette alt i en annen nettleser eller på en annen enhet.",
        "One file with every assessment, answer, agreed picture, action plan and own model. Keep it somewhere safe – on your drive, say – so you can restore it all in another browser or on another device.",
    ],
    BackupSaved => ["Sikkerhedskopien er gemt som {name}.", "Sikkerhetskopien er lagret som {name}.", "The backup was saved as {name}."],
    RestoreHeading => ["Gendan fra en sikkerhedskopi", "Gjenopprett fra en sikkerhetskopi", "Restore from a backup"],
    RestoreIntro => [
        "Vælg en sikkerhedskopi. Du ser først, hvad den indeholder, og hvad den vil ændre. Intet bliver overskrevet: det, der kun findes i kopien, føjes til, og hvor kopien og enheden er uenige, beholdes enhedens svar.",
        "Velg en sikkerhetskopi. Du ser først hva den inneholder, og hva den vil endre. Ingenting blir overskrevet: det som bare finnes i kopien, legges til, og der kopien og enheten er uenige, beholdes enhetens svar.",
        "Pick a backup. You first see what it holds and what it would change. Nothing is overwritten: what only the backup has is added, and where the backup and this device differ, the device's answers are kept.",
    ],
    ChooseBackup => ["Vælg sikkerhedskopi …", "Velg sikkerhetskopi …", "Choose backup …"],
    BackupFrom => ["Sikkerhedskopi fra {when}", "Sikkerhetskopi fra {when}", "Backup from {when}"],
    ColAssessment => ["Vurdering", "Vurdering", "Assessment"],
    ColDate => ["Dato", "Dato", "Date"],
    ColRespondents => ["Respondenter", "Respondenter", "Respondents"],
    ColChanged => ["Sidst ændret (kopi / enhed)", "Sist endret (kopi / enhet)", "Last changed (backup / device)"],
    ColWhatHappens => ["Hvad sker der", "Hva skjer", "What happens"],
    ChangeNew => ["Findes ikke her – bliver tilføjet", "Finnes ikke her – blir lagt til", "Not on this device – will be added"],
    ChangeUnchanged => ["Enheden har allerede alt i kopien", "Enheten har allerede alt i kopien", "This device already has everything in it"],
    ChangeAdds => ["Tilføjer {list}", "Legger til {list}", "Adds {list}"],
    OneRespondent => ["1 respondent", "1 respondent", "1 respondent"],
    Respondents => ["{n} respondenter", "{n} respondenter", "{n} respondents"],
    OneAnswer => ["1 svar", "1 svar", "1 answer"],
    Answers => ["{n} svar", "{n} svar", "{n} answers"],
    OneOther => [
        "1 aftalt score, mål eller handling",
        "1 omforent skår, mål eller tiltak",
        "1 agreed score, target or action",
    ],
    Others => [
        "{n} aftalte scorer, mål og handlinger",
        "{n} omforente skårer, mål og tiltak",
        "{n} agreed scores, targets and actions",
    ],
    And => ["og", "og", "and"],
    Differences => [
        "{n} svar er forskellige – enhedens svar beholdes",
        "{n} svar er forskjellige – enhetens svar beholdes",
        "{n} answers differ – this device's answers are kept",
    ],
    RestoreDifferences => [
        "{n} svar i sikkerhedskopien er forskellige fra dem på denne enhed. Enhedens svar er beholdt – tjek dem: {list}.",
        "{n} svar i sikkerhetskopien er forskjellige fra dem på denne enheten. Enhetens svar er beholdt – sjekk dem: {list}.",
        "{n} answer(s) in the backup differ from this device's. This device's answers were kept – please check: {list}.",
    ],
    NewModels => ["Egne modeller, der tilføjes: {models}", "Egne modeller som legges til: {models}", "Own models to be added: {models}"],
    RestoreButton => ["Gendan", "Gjenopprett", "Restore"],
    NothingToRestore => [
        "Der er intet at gendanne: enheden har allerede alt i kopien.",
        "Det er ingenting å gjenopprette: enheten har allerede alt i kopien.",
        "There is nothing to restore: this device already has everything in the backup.",
    ],
    Cancel => ["Annullér", "Avbryt", "Cancel"],
    Restored => ["Sikkerhedskopien er gendannet.", "Sikkerhetskopien er gjenopprettet.", "The backup has been restored."],
    RestoreRefused => [
        "Filen kan ikke gendannes, og intet er ændret:",
        "Filen kan ikke gjenopprettes, og ingenting er endret:",
        "The file can't be restored, and nothing was changed:",
    ],
    DeleteHeading => ["Slet alt", "Slett alt", "Delete everything"],
    DeleteIntro => [
        "Sletter alle vurderinger, svar, handleplaner og egne modeller i denne browser – og appens gemte filer til brug uden net. Det kan ikke fortrydes. Gem en sikkerhedskopi først, hvis du vil beholde noget.",
        "Sletter alle vurderinger, svar, handlingsplaner og egne modeller i denne nettleseren – og appens lagrede filer for bruk uten nett. Det kan ikke angres. Lagre en sikkerhetskopi først hvis du vil beholde noe.",
        "Deletes every assessment, answer, action plan and own model in this browser – and the app's files kept for offline use. It can't be undone. Save a backup first if you want to keep anything.",
    ],
    DeleteAll => ["Slet alt på denne enhed", "Slett alt på denne enheten", "Delete everything on this device"],
    DeleteConfirm => [
        "Slet alle vurderinger, svar, handleplaner og egne modeller på denne enhed? Det kan ikke fortrydes.",
        "Slette alle vurderinger, svar, handlingsplaner og egne modeller på denne enheten? Det kan ikke angres.",
        "Delete every assessment, answer, action plan and own model on this device? This can't be undone.",
    ],
    Deleted => [
        "Alt er slettet fra denne enhed.",
        "Alt er slettet fra denne enheten.",
        "Everything has been deleted from this device.",
    ],
    DeleteFailed => [
        "Ikke alt kunne slettes: {error}",
        "Ikke alt kunne slettes: {error}",
        "Not everything could be deleted: {error}",
    ],

    // Locking with a passphrase.
    LockHeading => ["Lås med en adgangskode", "Lås med et passord", "Lock with a passphrase"],
    LockIntro => [
        "Svarene er vurderinger af kolleger. Lås filen og linket, før de sendes med e-mail, og giv adgangskoden videre på en anden måde – mundtligt eller på sms.",
        "Svarene er vurderinger av kolleger. Lås filen og lenken før de sendes med e-post, og gi passordet videre på en annen måte – muntlig eller på sms.",
        "The answers are evaluations of colleagues. Lock the file and the link before they go by e-mail, and pass the passphrase on another way – in person or by text message.",
    ],
    PassphraseLabel => ["Adgangskode (mindst 8 tegn)", "Passord (minst 8 tegn)", "Passphrase (at least 8 characters)"],
    BackupPassphraseLabel => [
        "Adgangskode til filen (valgfri, mindst 8 tegn)",
        "Passord til filen (valgfritt, minst 8 tegn)",
        "Passphrase for the file (optional, at least 8 characters)",
    ],
    PassphraseTooShort => [
        "Adgangskoden skal have mindst 8 tegn.",
        "Passordet må ha minst 8 tegn.",
        "The passphrase needs at least 8 characters.",
    ],
    LockButton => ["Lås fil og link", "Lås fil og lenke", "Lock file and link"],
    Locking => ["Låser …", "Låser …", "Locking …"],
    Locked => [
        "Låst. Filen og linket herunder kan kun åbnes med adgangskoden.",
        "Låst. Filen og lenken nedenfor kan bare åpnes med passordet.",
        "Locked. The file and link below open only with the passphrase.",
    ],
    LockedLinkLabel => ["Låst link", "Låst lenke", "Locked link"],
    DownloadLocked => ["Hent låst fil", "Last ned låst fil", "Download locked file"],
    LockedItem => [
        "«{source}» er låst med en adgangskode.",
        "«{source}» er låst med et passord.",
        "\"{source}\" is locked with a passphrase.",
    ],
    UnlockLabel => ["Adgangskode til «{source}»", "Passord til «{source}»", "Passphrase for \"{source}\""],
    UnlockButton => ["Lås op", "Lås opp", "Unlock"],
    Unlocking => ["Låser op …", "Låser opp …", "Unlocking …"],

    // The privacy page.
    PrivacyHeading => ["Privatliv", "Personvern", "Privacy"],
    PrivacyLead => [
        "Kapacitetsradar har ingen server, ingen konti og ingen sporing. Dine svar forlader kun enheden, når du selv gemmer en fil eller deler et link.",
        "Kapacitetsradar har ingen server, ingen kontoer og ingen sporing. Svarene dine forlater bare enheten når du selv lagrer en fil eller deler en lenke.",
        "Kapacitetsradar has no server, no accounts and no tracking. Your answers leave the device only when you save a file or share a link yourself.",
    ],
    WhatHeading => ["Hvad gemmes, og hvor", "Hva lagres, og hvor", "What is stored, and where"],
    WhatText => [
        "Vurderinger (skole, team, dato), respondenternes navne, roller, svar og kommentarer, det aftalte billede, handleplaner, egne modeller, dit valg af sprog og tidspunktet for seneste sikkerhedskopi. Det hele ligger i browserens lokale lager (localStorage) for netop denne side, på denne enhed. Appens egne filer – ikke dine data – gemmes desuden, så appen virker uden net.",
        "Vurderinger (skole, team, dato), respondentenes navn, roller, svar og kommentarer, det omforente bildet, handlingsplaner, egne modeller, valget ditt av språk og tidspunktet for siste sikkerhetskopi. Alt ligger i nettleserens lokale lager (localStorage) for akkurat denne siden, på denne enheten. Appens egne filer – ikke dataene dine – lagres i tillegg, slik at appen virker uten nett.",
        "Assessments (school, team, date), respondents' names, roles, answers and comments, the agreed picture, action plans, own models, your choice of language and when the last backup was saved. It all sits in the browser's local storage (localStorage) for this site only, on this device. The app's own files – not your data – are kept as well, so the app works without a network.",
    ],
    HowLongHeading => ["Hvor længe", "Hvor lenge", "For how long"],
    HowLongText => [
        "Indtil du sletter det. Browseren kan dog selv slette data, hvis der mangler plads, eller siden ikke har været brugt længe (Safari efter 7 dage) – medmindre lagringen er varig. Gem derfor en sikkerhedskopi.",
        "Til du sletter det. Nettleseren kan likevel slette data selv hvis det mangler plass, eller siden ikke har vært brukt på lenge (Safari etter 7 dager) – med mindre lagringen er varig. Lagre derfor en sikkerhetskopi.",
        "Until you delete it. The browser may still delete data itself when space runs short or the site hasn't been used for a while (Safari after 7 days) – unless storage is persistent. So save a backup.",
    ],
    SentHeading => ["Intet sendes nogen steder hen", "Ingenting sendes noe sted", "Nothing is sent anywhere"],
    SentText => [
        "Appen henter kun sine egne filer fra den adresse, du åbnede den fra. Den sender ingen svar, ingen statistik og ingen fejlrapporter – heller ikke til os. Siden har regler (Content Security Policy), der forbyder den at kontakte andre adresser.",
        "Appen henter bare sine egne filer fra adressen du åpnet den fra. Den sender ingen svar, ingen statistikk og ingen feilrapporter – heller ikke til oss. Siden har regler (Content Security Policy) som forbyr den å kontakte andre adresser.",
        "The app fetches only its own files, from the address you opened it at. It sends no answers, no statistics and no error reports – not even to us. The page's rules (Content Security Policy) forbid it to contact any other address.",
    ],
    LinkHeading => ["Hvad et delingslink indeholder", "Hva en delingslenke inneholder", "What a share link holds"],
    LinkText => [
        "Et link med dine svar bærer det hele i selve linket, efter #: vurderingens skole, team og dato, dit navn og din rolle, dine svar og kommentarer. Delen efter # sendes aldrig til nogen server, men alle, der får linket, kan læse svarene – og linket kan blive liggende i e-mails og i browserens historik. Lås linket med en adgangskode, hvis det sendes med e-mail.",
        "En lenke med svarene dine bærer alt i selve lenken, etter #: vurderingens skole, team og dato, navnet og rollen din, svarene og kommentarene dine. Delen etter # sendes aldri til noen server, men alle som får lenken, kan lese svarene – og lenken kan bli liggende i e-poster og i nettleserens historikk. Lås lenken med et passord hvis den sendes med e-post.",
        "A link with your answers carries everything in the link itself, after the #: the assessment's school, team and date, your name and role, your answers and comments. The part after the # is never sent to any server, but anyone who gets the link can read the answers – and it may stay in e-mails and the browser's history. Lock the link with a passphrase if it goes by e-mail.",
    ],
    LockedText => [
        "En låst fil eller et låst link er krypteret i browseren med AES-256-GCM, med en nøgle afledt af adgangskoden (PBKDF2-SHA-256, 600.000 gentagelser). Uden adgangskoden kan indholdet ikke læses, og glemmer du den, kan ingen – heller ikke vi – åbne det.",
        "En låst fil eller en låst lenke er kryptert i nettleseren med AES-256-GCM, med en nøkkel avledet av passordet (PBKDF2-SHA-256, 600 000 gjentakelser). Uten passordet kan innholdet ikke leses, og glemmer du det, kan ingen – heller ikke vi – åpne det.",
        "A locked file or link is encrypted in the browser with AES-256-GCM, with a key derived from the passphrase (PBKDF2-SHA-256, 600,000 iterations). Without the passphrase the content can't be read, and if you forget it, no one – not us either – can open it.",
    ],
    DeleteHowHeading => ["Sådan sletter du alt", "Slik sletter du alt", "How to delete everything"],
    DeleteHowText => [
        "Gå til «Data på denne enhed», og vælg «Slet alt på denne enhed». Det fjerner alt, appen har gemt i denne browser. Filer, du selv har gemt eller sendt, skal du slette dér, hvor de ligger.",
        "Gå til «Data på denne enheten», og velg «Slett alt på denne enheten». Det fjerner alt appen har lagret i denne nettleseren. Filer du selv har lagret eller sendt, må du slette der de ligger.",
        "Go to \"Data on this device\" and choose \"Delete everything on this device\". It removes all the app has stored in this browser. Files you saved or sent yourself must be deleted where they are.",
    ],
}
