//! Words of the consultant's round: the invitation, its link and e-mail,
//! who has answered, and the leader's side of it.

strings! {
    InviteKey,
    // The leader's side.
    Eyebrow => ["Invitation", "Invitasjon", "Invitation"],
    Heading => ["Vurdér {title}", "Vurder {title}", "Assess {title}"],
    WhoInvites => [
        "{inviter} inviterer dig til at score ledelsen i en vurdering ({round}, {date}).",
        "{inviter} inviterer deg til å gi ledelsen en score i en vurdering ({round}, {date}).",
        "{inviter} invites you to score the leadership team in an assessment ({round}, {date}).",
    ],
    SomeoneInvites => ["Din konsulent", "Konsulenten din", "Your consultant"],
    AnswerBy => ["Svar senest {date}.", "Svar innen {date}.", "Please answer by {date}."],
    Privacy => [
        "Dine svar gemmes kun på denne enhed, til du selv sender dem – som fil eller link.",
        "Svarene dine lagres bare på denne enheten til du selv sender dem – som fil eller lenke.",
        "Your answers are kept on this device only, until you send them yourself – as a file or a link.",
    ],
    AlreadyHere => [
        "Vurderingen findes allerede på denne enhed; du fortsætter i den.",
        "Vurderingen finnes allerede på denne enheten; du fortsetter i den.",
        "The assessment is already on this device; you carry on in it.",
    ],
    WhoAreYou => ["Hvem er du?", "Hvem er du?", "Who are you?"],
    NotOnList => ["Jeg står ikke på listen", "Jeg er ikke på listen", "I am not on the list"],
    PickName => [
        "Vælg dit navn på listen, eller skriv det.",
        "Velg navnet ditt på listen, eller skriv det.",
        "Pick your name from the list, or type it.",
    ],
    BrokenHeading => ["Invitationen kan ikke åbnes", "Invitasjonen kan ikke åpnes", "The invitation can't be opened"],
    BrokenHelp => [
        "Bed om linket igen, og kopiér det helt – det er ofte langt. Intet er gemt eller ændret.",
        "Be om lenken på nytt, og kopier hele – den er ofte lang. Ingenting er lagret eller endret.",
        "Ask for the link again and copy all of it – it is often long. Nothing was stored or changed.",
    ],

    // The consultant's side.
    PanelHeading => ["Inviter deltagere", "Inviter deltakere", "Invite participants"],
    PanelIntro => [
        "Lav ét link til hele runden. Hver leder åbner det, vælger sit navn og svarer; svarene kommer tilbage til netop denne vurdering.",
        "Lag én lenke til hele runden. Hver leder åpner den, velger navnet sitt og svarer; svarene kommer tilbake til nettopp denne vurderingen.",
        "Make one link for the whole round. Each leader opens it, picks their name and answers; the answers come back to exactly this assessment.",
    ],
    InviterLabel => ["Afsender, som de inviterede ser den", "Avsender, slik de inviterte ser den", "Sender, as the invited will see it"],
    AnswerByLabel => ["Svarfrist", "Svarfrist", "Answer by"],
    InvitedHeading => ["Inviterede", "Inviterte", "Invited"],
    NoneInvited => [
        "Ingen på listen endnu. Uden liste skriver hver deltager selv sit navn.",
        "Ingen på listen ennå. Uten liste skriver hver deltaker selv navnet sitt.",
        "No one on the list yet. Without a list each participant types their own name.",
    ],
    InviteeName => ["Navn", "Navn", "Name"],
    InviteeRole => ["Rolle", "Rolle", "Role"],
    AddInvitee => ["Tilføj til listen", "Legg til på listen", "Add to the list"],
    RemoveInvitee => ["Fjern {name} fra listen", "Ta {name} av listen", "Remove {name} from the list"],
    LinkLabel => ["Invitationslink", "Invitasjonslenke", "Invitation link"],
    MailHeading => ["E-mail til deltagerne", "E-post til deltakerne", "E-mail to the participants"],
    MailSubject => [
        "Invitation: vurdering af {title}",
        "Invitasjon: vurdering av {title}",
        "Invitation: assessment of {title}",
    ],
    MailBody => [
        "Hej\n\nInden vores første møde vil jeg bede dig score ledelsen i Kapacitetsradar. Det tager omkring 15 minutter, og dine svar bliver på din egen enhed, til du sender dem til mig.\n\nÅbn linket, vælg dit navn og svar:\n{link}\n{answer_by}\nVenlig hilsen\n{inviter}",
        "Hei\n\nFør vårt første møte vil jeg be deg gi ledelsen en score i Kapacitetsradar. Det tar omtrent 15 minutter, og svarene dine blir på din egen enhet til du sender dem til meg.\n\nÅpne lenken, velg navnet ditt og svar:\n{link}\n{answer_by}\nVennlig hilsen\n{inviter}",
        "Hello\n\nBefore our first meeting, please score the leadership team in Kapacitetsradar. It takes about 15 minutes, and your answers stay on your own device until you send them to me.\n\nOpen the link, pick your name and answer:\n{link}\n{answer_by}\nBest regards\n{inviter}",
    ],
    MailAnswerBy => ["Svar venligst senest {date}.", "Svar gjerne innen {date}.", "Please answer by {date}."],
    CopyMail => ["Kopiér e-mailen", "Kopier e-posten", "Copy the e-mail"],
    OpenMail => ["Åbn i mailprogrammet", "Åpne i e-postprogrammet", "Open in the mail app"],
    StatusHeading => ["Hvem har svaret?", "Hvem har svart?", "Who has answered?"],
    StatusSummary => [
        "{received} af {invited} har svaret.",
        "{received} av {invited} har svart.",
        "{received} of {invited} have answered.",
    ],
    NotHeardFrom => ["Ikke hørt fra", "Ikke hørt noe fra", "Not heard from"],
    Received => [
        "Svar modtaget {when} ({answered} udsagn)",
        "Svar mottatt {when} ({answered} påstander)",
        "Answers received {when} ({answered} statements)",
    ],
    Uninvited => [
        "Ikke inviteret, men svar modtaget {when} ({answered} udsagn)",
        "Ikke invitert, men svar mottatt {when} ({answered} påstander)",
        "Not invited, but answers received {when} ({answered} statements)",
    ],
    ReminderHeading => ["Påmindelse til dem, der mangler", "Påminnelse til dem som mangler", "A reminder for those still missing"],
    ReminderBody => [
        "Hej {names}\n\nEn venlig påmindelse om at score ledelsen i Kapacitetsradar{answer_by}. Brug linket fra invitationen:\n{link}\n\nNår du er færdig, så send mig dine svar som fil eller link fra oversigten.\n\nVenlig hilsen\n{inviter}",
        "Hei {names}\n\nEn vennlig påminnelse om å gi ledelsen en score i Kapacitetsradar{answer_by}. Bruk lenken fra invitasjonen:\n{link}\n\nNår du er ferdig, send meg svarene dine som fil eller lenke fra oversikten.\n\nVennlig hilsen\n{inviter}",
        "Hello {names}\n\nA friendly reminder to score the leadership team in Kapacitetsradar{answer_by}. Use the link from the invitation:\n{link}\n\nWhen you are done, send me your answers as a file or a link from the overview.\n\nBest regards\n{inviter}",
    ],
    ReminderBy => ["senest {date}", "innen {date}", "by {date}"],
    CopyReminder => ["Kopiér påmindelsen", "Kopier påminnelsen", "Copy the reminder"],
    AllAnswered => ["Alle inviterede har svaret.", "Alle inviterte har svart.", "Everyone invited has answered."],
}
