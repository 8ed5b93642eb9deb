//! Core benchmarks: aggregating a large team and ranking focus themes.
//! Run with `scripts/bench` (or `cargo bench --bench core`); the README
//! reports the medians.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{Criterion, criterion_group};
    use kapacitetsradar::core::domain::aggregate::summarize;
    use kapacitetsradar::core::domain::assessment::{Assessment, Respondent, Role, Round};
    use kapacitetsradar::core::domain::focus::rank;
    use kapacitetsradar::core::domain::model::Model;
    use kapacitetsradar::core::domain::scale::{Answer, Score};
    use kapacitetsradar::core::formats::csv::{
        Column, guess_columns, parse_sheet, respondents_from_sheet, responses_to_csv,
    };
    use kapacitetsradar::core::formats::files::{assessment_to_json, parse_assessment};
    use kapacitetsradar::core::gathering::merge_all;
    use kapacitetsradar::core::lang::Lang;
    use kapacitetsradar::i18n::words::{csv_headers, csv_vocabulary};

    /// The built-in model plus a ninth theme of four statements: 45 in all.
    fn model_with_45_statements() -> Model {
        let mut model = Model::builtin().clone();
        let mut extra = model.themes[0].clone();
        extra.id = "T9".into();
        extra.statements.truncate(4);
        for (i, s) in extra.statements.iter_mut().enumerate() {
            s.id = format!("T9.{}", i + 1);
        }
        for (i, a) in extra.actions.iter_mut().enumerate() {
            a.id = format!("T9.a{}", i + 1);
        }
        model.themes.push(extra);
        assert_eq!(model.statement_count(), 45);
        model
    }

    /// 100 respondents answering all 45 statements, scores spread by a
    /// fixed pseudo-random sequence, one in twenty "don't know".
    fn make_team(model: &Model, respondents: usize) -> Assessment {
        let roles = [Role::Leader, Role::StaffRepresentative, Role::Consultant];
        let mut state = 0x2545_f491_u64;
        let respondents = (0..respondents)
            .map(|i| {
                let mut r =
                    Respondent::new(format!("r{i}"), format!("Person {i}"), roles[i % 3], 1);
                for statement in model.statements() {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    let roll = (state >> 33) % 20;
                    let answer = if roll == 0 {
                        Answer::DontKnow
                    } else {
                        Answer::Score(Score::new((roll % 5) as u8 + 1).unwrap())
                    };
                    r.set_answer(&statement.id, Some(answer), 1);
                }
                r
            })
            .collect();
        Assessment {
            respondents,
            ..Assessment::new(
                "bench",
                model,
                "Skole",
                "Ledelse",
                "2026-11-24",
                Round::Baseline,
                1,
            )
        }
    }

    fn core(c: &mut Criterion) {
        let model = model_with_45_statements();
        let team = make_team(&model, 100);
        let summary = summarize(&model, &team);
        c.bench_function("aggregate 100 respondents x 45 statements", |b| {
            b.iter(|| summarize(black_box(&model), black_box(&team)))
        });
        c.bench_function("focus ranking (9 themes)", |b| {
            b.iter(|| rank(black_box(&summary)))
        });
        let text = assessment_to_json(&team);
        c.bench_function("parse + validate a 100-respondent assessment file", |b| {
            b.iter(|| parse_assessment(black_box(&text)))
        });
        let big = assessment_to_json(&make_team(&model, 300));
        c.bench_function("parse + validate a 300-respondent assessment file", |b| {
            b.iter(|| parse_assessment(black_box(&big)))
        });
        let staff = make_team(&model, 300).respondents;
        c.bench_function("merge 300 staged respondents into an assessment", |b| {
            b.iter(|| {
                let mut target = make_team(&model, 0);
                merge_all(&mut target, black_box(staff.clone()), 2)
            })
        });
        let words = csv_vocabulary(Lang::Da);
        let csv = responses_to_csv(
            &make_team(&model, 300),
            &model,
            Lang::Da,
            &csv_headers(Lang::Da),
        );
        c.bench_function("read a 300-row CSV (parse, columns, respondents)", |b| {
            b.iter(|| {
                let sheet = parse_sheet(black_box(&csv)).unwrap();
                let columns: Vec<Column> = guess_columns(&sheet.headers, &model, &words)
                    .into_iter()
                    .map(|c| c.unwrap_or(Column::Ignore))
                    .collect();
                respondents_from_sheet(&sheet, &columns, &words, 1)
            })
        });
        let staff_round = make_team(&model, 300);
        c.bench_function("aggregate 300 respondents x 45 statements", |b| {
            b.iter(|| summarize(black_box(&model), black_box(&staff_round)))
        });
        c.bench_function("load and validate the built-in model", |b| {
            let json = include_str!("../model/kapacitetsmodel.v1.json");
            b.iter(|| Model::from_json(black_box(json)))
        });
    }

    criterion_group!(benches, core);
}
