//! Layer 1: components rendered to HTML strings natively (yew's `ssr`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::*;
use kapacitetsradar::app::{App, AppProps};
use kapacitetsradar::core::domain::assessment::Role;
use kapacitetsradar::core::route::Route;
use kapacitetsradar::i18n::Lang;
use kapacitetsradar::storage::Store;
use kapacitetsradar::storage::{KeyValueStore, MemoryStore, save_assessment};
use yew::ServerRenderer;

async fn render(lang: Lang, route: Route, with_data: bool) -> String {
    ServerRenderer::<App>::with_props(move || {
        let store = MemoryStore::default();
        if with_data {
            let team = assessment(vec![respondent("r1", Role::Leader, &[Some(4), Some(0)])]);
            save_assessment(&store, &team).unwrap();
        }
        let store: Rc<dyn KeyValueStore> = Rc::new(store);
        AppProps {
            initial_lang: lang,
            initial_route: route,
            store: Store(store),
            persistent: true,
            started_at: 0,
        }
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn start_screen_renders_in_danish_with_the_product_name() {
    let html = render(Lang::Da, Route::Home, false).await;
    assert!(html.contains("Kapacitetsradar"));
    assert!(html.contains("Hvor står jeres ledelse"));
    assert!(html.contains("Der er ingen gemte vurderinger endnu."));
    assert!(html.contains(r#"lang="da" aria-pressed="true""#), "{html}");
}

#[tokio::test]
async fn start_screen_renders_in_english() {
    let html = render(Lang::En, Route::Home, false).await;
    assert!(html.contains("Where does your leadership team stand"));
    assert!(!html.contains("Hvor står jeres ledelse"));
}

#[tokio::test]
async fn stored_assessments_are_listed() {
    let html = render(Lang::Da, Route::Home, true).await;
    assert!(html.contains("Nordskolen · Ledelsen"), "{html}");
    assert!(html.contains("24. november 2026"));
    assert!(html.contains("1 besvarelse(r)"));
}

#[tokio::test]
async fn a_question_page_is_a_labelled_radio_group_per_statement() {
    let route = Route::Question {
        assessment: "a1".into(),
        respondent: "r1".into(),
        theme: 0,
    };
    let html = render(Lang::Da, route, true).await;
    assert!(html.contains("Retning, mål og prioritering"));
    // Five statements × (five scores, don't know and doesn't apply), each a
    // labelled radio.
    assert_eq!(html.matches(r#"type="radio""#).count(), 35);
    assert!(html.contains("Ikke relevant"));
    assert_eq!(html.matches("<legend>").count(), 5);
    assert!(html.contains("I meget høj grad") && html.contains("Ved ikke"));
    assert!(html.contains(r#"aria-current="step""#));
    // Theme 1 was answered with 4s: those radios are checked.
    assert_eq!(html.matches(r#"value="4" checked"#).count(), 5, "{html}");
}

#[tokio::test]
async fn an_unknown_assessment_says_so() {
    let route = Route::Respondents {
        assessment: "nope".into(),
    };
    let html = render(Lang::En, route, false).await;
    assert!(html.contains("The assessment is not on this device."));
}

#[tokio::test]
async fn a_full_assessment_takes_no_more_respondents() {
    use kapacitetsradar::core::formats::files::MAX_RESPONDENTS;
    let html = ServerRenderer::<App>::with_props(|| {
        let store = MemoryStore::default();
        let people = (0..MAX_RESPONDENTS)
            .map(|i| respondent(&format!("r{i}"), Role::Leader, &[Some(3)]))
            .collect();
        save_assessment(&store, &assessment(people)).unwrap();
        let store: Rc<dyn KeyValueStore> = Rc::new(store);
        AppProps {
            initial_lang: Lang::Da,
            initial_route: Route::Respondents {
                assessment: "a1".into(),
            },
            store: Store(store),
            persistent: true,
            started_at: 0,
        }
    })
    .hydratable(false)
    .render()
    .await;
    assert!(
        html.contains("har nået grænsen på 300 besvarelser"),
        "{html}"
    );
    assert!(!html.contains(r#"id="respondent-name""#));
}

mod results_page {
    use super::*;
    use kapacitetsradar::core::domain::assessment::Assessment;
    use kapacitetsradar::state::{AppContext, AppState};
    use kapacitetsradar::ui::pages::results::Results;
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct HarnessProps {
        team: Assessment,
    }

    /// The results page, rendered inside the app's state provider without the
    /// rest of the app.
    #[component]
    fn Harness(props: &HarnessProps) -> Html {
        let team = props.team.clone();
        let state =
            use_reducer(move || AppState::new(Lang::Da, Route::Home, vec![team], true, vec![]));
        html! {
            <ContextProvider<AppContext> context={state}>
                <Results assessment="a1" />
            </ContextProvider<AppContext>>
        }
    }

    #[tokio::test]
    async fn the_results_page_shows_chart_table_and_explained_focus_areas() {
        let html = ServerRenderer::<Harness>::with_props(|| {
            let a = scored("a", Role::Leader, [2, 1, 5, 4, 4, 4, 4, 4]);
            let b = scored("b", Role::StaffRepresentative, [2, 5, 3, 4, 4, 4, 4, 4]);
            HarnessProps {
                team: assessment(vec![a, b]),
            }
        })
        .hydratable(false)
        .render()
        .await;
        assert!(html.contains("Teamets samlede billede"), "{html}");
        assert!(html.contains(r#"<canvas role="img""#));
        // Eight theme rows; T1's mean is 2,0 with the Danish decimal comma.
        assert_eq!(html.matches(r#"<th scope="row">"#).count(), 8);
        assert!(html.contains("<td>2,0</td>"));
        // T2 (1 vs 5) is flagged and first among the suggestions, with why.
        assert!(html.contains("⚑ Uenighed"));
        let focus = &html[html.find("Forslag til fokusområder").unwrap()..];
        let first = focus.find("Data, evaluering og målopfølgning").unwrap();
        let second = focus
            .find("Vidensgrundlag og omsætning til praksis")
            .unwrap();
        assert!(first < second);
        assert!(focus.contains("I er uenige: svarene spænder fra 1,0 til 5,0"));
        assert!(focus.contains("Lederne vurderer temaet 4,0 point lavere end de øvrige"));
        assert!(
            focus.contains("(S001 L2818–2830)"),
            "actions cite their seed lines"
        );
        assert_eq!(
            html.matches(r#"type="checkbox""#).count(),
            3 + 3 + 1,
            "band, mean and respondents (no agreed scores, targets, earlier round or role group big enough to show yet), three focus picks, and the anonymity switch"
        );
    }
}
