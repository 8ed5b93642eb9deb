//! Layer 1: pages as URL fragments, and progress through the model.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::assessment::Role;
use kapacitetsradar::core::domain::progress;
use kapacitetsradar::core::route::Route;

#[test]
fn routes_round_trip_through_the_fragment() {
    let routes = [
        Route::Home,
        Route::NewAssessment,
        Route::Respondents {
            assessment: "a-1".into(),
        },
        Route::Question {
            assessment: "a-1".into(),
            respondent: "r-2".into(),
            theme: 3,
        },
        Route::Overview {
            assessment: "a-1".into(),
            respondent: "r-2".into(),
        },
        Route::Data,
        Route::Privacy,
    ];
    for route in routes {
        assert_eq!(Route::from_fragment(&route.to_fragment()), route);
    }
    assert_eq!(
        Route::from_fragment("#/a/a-1/r/r-2/t/4"),
        Route::Question {
            assessment: "a-1".into(),
            respondent: "r-2".into(),
            theme: 3
        }
    );
}

#[test]
fn anything_else_is_the_start_page() {
    for fragment in [
        "",
        "#",
        "#/x",
        "#/a/<script>",
        "#/a/a/r/r/t/0",
        "#/a/a/r/r/t/-1",
        "#r=abc",
    ] {
        assert_eq!(Route::from_fragment(fragment), Route::Home, "{fragment}");
    }
}

#[test]
fn progress_counts_answers_and_lists_what_is_left() {
    let model = model();
    let mut r = respondent("a", Role::Leader, &[Some(4), Some(0)]);
    r.set_comment("T3.1", "kun en kommentar", 11);
    assert_eq!(
        progress::answered(model, &r, progress::Scope::ALL),
        10,
        "a don't-know counts as answered"
    );
    assert!(progress::theme_complete(&model.themes[1], &r));
    assert!(!progress::theme_complete(&model.themes[2], &r));
    let open = progress::unanswered(model, &r, progress::Scope::ALL);
    assert_eq!(open.len(), 6);
    assert_eq!(open[0].0, 2);
    assert_eq!(
        open.iter().map(|(_, _, s)| s.len()).sum::<usize>(),
        model.statement_count() - 10
    );
}
