//! Layer 1: the radar chart's data and geometry.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use kapacitetsradar::core::domain::aggregate::summarize;
use kapacitetsradar::core::domain::assessment::{AgreedScore, Role};
use kapacitetsradar::core::lang::Lang;
use kapacitetsradar::core::radar::*;

fn data(values: Vec<Option<f64>>) -> RadarData {
    RadarData {
        axes: (0..values.len()).map(|i| format!("Tema {i}")).collect(),
        series: vec![Series {
            kind: LayerKind::Mean,
            label: "Gennemsnit".into(),
            values,
        }],
        band: vec![],
        shares: vec![],
    }
}

/// A built-in model's themes as axes (version 1: eight, version 2: ten),
/// every value 3.
fn axes_of(version: usize, lang: Lang) -> RadarData {
    let model = kapacitetsradar::core::domain::model::Model::builtins()[version - 1];
    let mut d = data(vec![Some(3.0); model.themes.len()]);
    d.axes = model
        .themes
        .iter()
        .map(|t| t.short.get(lang).to_string())
        .collect();
    d
}

fn model_axes(lang: Lang) -> RadarData {
    axes_of(1, lang)
}

fn close(a: Point, b: Point) -> bool {
    (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
}

#[test]
fn axis_zero_points_up_and_axes_go_clockwise() {
    let g = geometry(&data(vec![Some(5.0); 8]), 800.0, 600.0, 16.0);
    let (c, r) = (g.center, g.radius);
    assert!(close(g.spokes[0], Point { x: c.x, y: c.y - r }));
    assert!(close(g.spokes[2], Point { x: c.x + r, y: c.y }));
    assert!(close(g.spokes[4], Point { x: c.x, y: c.y + r }));
    assert!(close(g.spokes[6], Point { x: c.x - r, y: c.y }));
    // Ring k is score k: at k/5 of the radius.
    for (k, ring) in g.rings.iter().enumerate() {
        let expected = r * (k + 1) as f64 / 5.0;
        assert!((c.y - ring[0].y - expected).abs() < 1e-9);
    }
    assert!(g.shapes[0].closed);
    assert_eq!(g.shapes[0].runs, vec![g.spokes.clone()]);
}

#[test]
fn everything_fits_in_the_box_with_room_for_labels() {
    for (w, h) in [(800.0, 600.0), (1920.0, 1080.0), (360.0, 420.0)] {
        let g = geometry(&data(vec![Some(5.0); 9]), w, h, 16.0);
        for p in &g.spokes {
            assert!(
                p.x >= 0.0 && p.x <= w && p.y >= 0.0 && p.y <= h,
                "{p:?} in {w}x{h}"
            );
        }
        for label in &g.labels {
            assert!(label.at.y >= -1.0, "{label:?}");
            let bottom = label.at.y + 16.0 * 1.2 * label.lines.len() as f64;
            assert!(bottom <= h + 1.0, "{label:?} in {h}");
        }
    }
}

#[test]
fn labels_sit_outside_their_axis_and_are_aligned_away_from_the_centre() {
    let g = geometry(&data(vec![Some(3.0); 8]), 800.0, 600.0, 16.0);
    assert_eq!(g.labels[0].align, Align::Center);
    assert!(g.labels[0].at.y < g.spokes[0].y);
    assert_eq!(g.labels[2].align, Align::Left);
    assert!(g.labels[2].at.x > g.spokes[2].x);
    assert_eq!(g.labels[6].align, Align::Right);
    assert!(g.labels[6].at.x < g.spokes[6].x);
    assert!(g.labels[4].at.y > g.spokes[4].y);
}

#[test]
fn a_missing_value_breaks_the_line_but_the_last_axis_still_joins_the_first() {
    let g = geometry(
        &data(vec![Some(1.0), Some(2.0), None, Some(4.0), Some(5.0)]),
        500.0,
        500.0,
        14.0,
    );
    let shape = &g.shapes[0];
    assert!(!shape.closed);
    // One line: axis 3, 4, then round to 0 and 1 (the last axis and the
    // first are neighbours), and nothing across the missing axis 2.
    assert_eq!(shape.runs.len(), 1);
    let run = &shape.runs[0];
    assert_eq!(run.len(), 4);
    assert!(close(run[1], g.spokes[4]), "axis 4 at 5 points");
    assert!(close(run[2], g.rings[0][0]), "axis 0 at 1 point");
}

#[test]
fn runs_go_round_from_the_last_axis_to_the_first() {
    let runs = |n: usize, has: &[usize]| {
        let present: Vec<bool> = (0..n).map(|i| has.contains(&i)).collect();
        runs_round(&present)
    };
    assert_eq!(runs(5, &[0, 1, 3, 4]), [vec![3, 4, 0, 1]]);
    assert_eq!(runs(5, &[0, 1, 2, 3, 4]), [vec![0, 1, 2, 3, 4]]);
    assert_eq!(runs(4, &[0, 3]), [vec![3, 0]]);
    assert_eq!(runs(6, &[1, 2, 4]), [vec![1, 2], vec![4]]);
    assert_eq!(runs(4, &[]), Vec::<Vec<usize>>::new());
}

/// How many times `outline` winds round `p` (the canvas fills where it is
/// not zero).
fn winding(outline: &[Point], p: Point) -> i32 {
    let mut w = 0;
    for (i, a) in outline.iter().enumerate() {
        let b = outline[(i + 1) % outline.len()];
        let side = (b.x - a.x) * (p.y - a.y) - (p.x - a.x) * (b.y - a.y);
        if a.y <= p.y && b.y > p.y && side > 0.0 {
            w += 1;
        } else if a.y > p.y && b.y <= p.y && side < 0.0 {
            w -= 1;
        }
    }
    w
}

fn midpoint(a: Point, b: Point) -> Point {
    Point {
        x: (a.x + b.x) / 2.0,
        y: (a.y + b.y) / 2.0,
    }
}

#[test]
fn the_band_is_a_ring_between_max_and_min_all_the_way_round() {
    let mut d = data(vec![Some(3.0); 4]);
    d.band = vec![Some((2.0, 4.0)); 4];
    let g = geometry(&d, 400.0, 400.0, 12.0);
    assert_eq!(g.band.len(), 1);
    let ring = &g.band[0];
    assert_eq!(ring.len(), 10);
    let c = g.center;
    assert!(
        (c.y - ring[0].y - g.radius * 0.8).abs() < 1e-9,
        "max of axis 0 first"
    );
    assert!(close(ring[4], ring[0]), "round to axis 0's max");
    assert!(
        (c.y - ring[5].y - g.radius * 0.4).abs() < 1e-9,
        "then its min"
    );
    assert!(close(ring[9], ring[5]), "and round the other way");
    // Filled between min and max in every sector, the last one (axis 3 to
    // axis 0) too; not inside the min.
    for i in 0..4 {
        let j = (i + 1) % 4;
        let mid = midpoint(g.rings[2][i], g.rings[2][j]);
        assert_ne!(winding(ring, mid), 0, "sector {i}–{j} at 3 points");
    }
    assert_eq!(winding(ring, c), 0, "the centre is not filled");
}

#[test]
fn a_band_with_a_gap_is_drawn_where_neighbours_have_one() {
    let mut d = data(vec![Some(3.0); 5]);
    d.band = vec![
        Some((2.0, 4.0)),
        Some((2.0, 4.0)),
        None,
        Some((2.0, 4.0)),
        Some((2.0, 4.0)),
    ];
    let g = geometry(&d, 400.0, 400.0, 12.0);
    // Axes 3, 4, 0, 1: max forwards, then min backwards.
    assert_eq!(g.band.len(), 1);
    assert_eq!(g.band[0].len(), 8);
    let sector = |i: usize, j: usize| midpoint(g.rings[2][i], g.rings[2][j]);
    assert_ne!(winding(&g.band[0], sector(4, 0)), 0);
    assert_ne!(winding(&g.band[0], sector(0, 1)), 0);
    assert_eq!(winding(&g.band[0], sector(1, 2)), 0);
    assert_eq!(winding(&g.band[0], sector(2, 3)), 0);
    // A lone axis with a band has no neighbour to fill towards.
    d.band = vec![Some((2.0, 4.0)), None, Some((2.0, 4.0)), None, None];
    assert!(geometry(&d, 400.0, 400.0, 12.0).band.is_empty());
}

#[test]
fn long_labels_wrap_at_spaces() {
    assert_eq!(wrap("Retning og mål", 16), ["Retning og mål"]);
    assert_eq!(wrap("Pædagogisk ledelse", 16), ["Pædagogisk", "ledelse"]);
    assert_eq!(
        wrap("Samarbejde med forvaltning og netværk", 16),
        ["Samarbejde med", "forvaltning og", "netværk"]
    );
    assert_eq!(
        wrap("Kapacitetsopbygningsindsats", 16),
        ["Kapacitetsopbygningsindsats"]
    );
}

#[test]
fn radar_data_takes_each_layer_from_the_summary() {
    let a = scored("a", Role::Leader, [2, 4, 4, 4, 4, 4, 4, 4]);
    let b = scored("b", Role::Consultant, [4, 4, 4, 4, 4, 4, 4, 4]);
    let mut team = assessment(vec![a, b]);
    team.agreed.insert(
        "T1".into(),
        AgreedScore {
            score: Some(half(3)),
            rationale: String::new(),
        },
    );
    team.targets.insert("T2".into(), half(5));
    let summary = summarize(model(), &team);
    let label = |k: LayerKind| format!("{k:?}");
    let names = |id: &str| format!("Navn {id}");

    let d = radar_data(
        model(),
        &summary,
        None,
        &Layers::default(),
        &names,
        Lang::Da,
        &label,
        true,
    );
    assert_eq!(d.axes.len(), 8);
    assert_eq!(d.axes[0], "Retning og mål");
    let kinds: Vec<LayerKind> = d.series.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [LayerKind::Target, LayerKind::Mean, LayerKind::Agreed]
    );
    let mean = &d.series[1].values;
    assert_eq!(mean[0], Some(3.0));
    assert_eq!(mean[1], Some(4.0));
    assert_eq!(d.series[2].values[0], Some(3.0));
    assert_eq!(d.series[2].values[1], None);
    assert_eq!(d.band[0], Some((2.0, 4.0)));

    let everyone = Layers {
        shown: vec![LayerKind::Respondent],
    };
    let d = radar_data(
        model(),
        &summary,
        Some(&summary),
        &everyone,
        &names,
        Lang::En,
        &label,
        true,
    );
    assert_eq!(d.series.len(), 2);
    assert_eq!(d.series[0].label, "Navn a");
    assert_eq!(d.axes[0], "Direction & goals");
    assert!(d.band.is_empty());
}

#[test]
fn each_role_group_is_a_layer_unless_it_is_too_small_while_anonymous() {
    use kapacitetsradar::core::domain::assessment::Role;
    let team = assessment(vec![
        scored("l1", Role::Leader, [4; 8]),
        scored("l2", Role::Leader, [4; 8]),
        scored("l3", Role::Leader, [5; 8]),
        scored("s1", Role::StaffRepresentative, [2; 8]),
        scored("s2", Role::StaffRepresentative, [3; 8]),
    ]);
    let summary = summarize(model(), &team);
    let groups = Layers {
        shown: vec![LayerKind::Leaders, LayerKind::Staff],
    };
    let label = |k: LayerKind| format!("{k:?}");
    let draw = |anonymous| {
        radar_data(
            model(),
            &summary,
            None,
            &groups,
            &|id| id.to_owned(),
            Lang::Da,
            &label,
            anonymous,
        )
    };
    let open = draw(false);
    let kinds: Vec<LayerKind> = open.series.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [LayerKind::Leaders, LayerKind::Staff]);
    assert!((open.series[0].values[0].unwrap() - 13.0 / 3.0).abs() < 1e-9);
    assert_eq!(open.series[1].values[0], Some(2.5));
    // Two staff are too few to show while the picture is anonymous.
    let anonymous = draw(true);
    let kinds: Vec<LayerKind> = anonymous.series.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [LayerKind::Leaders]);
}

#[test]
fn every_layer_has_its_own_colour_and_dash() {
    for (i, a) in LayerKind::ALL.iter().enumerate() {
        for b in &LayerKind::ALL[i + 1..] {
            let (sa, sb) = (a.style(), b.style());
            assert!(sa.rgb != sb.rgb, "{a:?} and {b:?} share a colour");
            if sa.width > 0.0 && sb.width > 0.0 {
                assert!(sa.dash != sb.dash, "{a:?} and {b:?} share a dash");
            }
        }
    }
}

#[test]
fn dashes_follow_the_pattern_along_the_line() {
    let line = [
        Point { x: 0.0, y: 0.0 },
        Point { x: 10.0, y: 0.0 },
        Point { x: 10.0, y: 10.0 },
    ];
    assert_eq!(dashes(&line, &[]), vec![line.to_vec()]);
    let pieces = dashes(&line, &[4.0, 2.0]);
    // 20 units: dashes at 0–4, 6–10, 12–16, 18–20.
    let lengths: Vec<f64> = pieces
        .iter()
        .map(|p| {
            p.windows(2)
                .map(|w| ((w[1].x - w[0].x).powi(2) + (w[1].y - w[0].y).powi(2)).sqrt())
                .sum()
        })
        .collect();
    assert_eq!(lengths.len(), 4);
    for (got, want) in lengths.iter().zip([4.0, 4.0, 4.0, 2.0]) {
        assert!((got - want).abs() < 1e-9, "{lengths:?}");
    }
    // The third dash lies on the second segment.
    assert!(pieces[2].iter().all(|p| p.x == 10.0));
}

#[test]
fn labels_grow_with_the_chart_for_the_wall_screen_within_limits() {
    use kapacitetsradar::core::radar::label_font;
    assert_eq!(label_font(300.0), 16.0);
    assert_eq!(label_font(720.0), 20.0);
    assert_eq!(label_font(2000.0), 26.0);
}

/// From a phone to a wall screen, in every language, the built-in model's
/// axis labels stay inside the box and leave the radar room: at least
/// 45 % of the box's smaller side across.
#[test]
fn the_radar_keeps_its_room_and_its_labels_stay_in_the_box_at_any_width() {
    for lang in [Lang::Da, Lang::Nb, Lang::En] {
        let d = model_axes(lang);
        for width in (300..=2000).step_by(20).map(f64::from) {
            let fitted = fitted_height(&d, width, label_font(width));
            for height in [width, width * 0.75, width.min(650.0), fitted] {
                let g = geometry(&d, width, height, label_font(width));
                let side = width.min(height);
                let share = 0.45;
                assert!(
                    2.0 * g.radius >= share * side,
                    "{lang:?} {width}×{height}: radius {}",
                    g.radius
                );
                for label in &g.labels {
                    let chars = label
                        .lines
                        .iter()
                        .map(|l| l.chars().count())
                        .max()
                        .unwrap_or(0);
                    let w = g.font * 0.55 * chars as f64;
                    let (left, right) = match label.align {
                        Align::Left => (label.at.x, label.at.x + w),
                        Align::Right => (label.at.x - w, label.at.x),
                        Align::Center => (label.at.x - w / 2.0, label.at.x + w / 2.0),
                    };
                    let bottom = label.at.y + g.font * 1.2 * label.lines.len() as f64;
                    assert!(
                        left >= 0.0 && right <= width && label.at.y >= 0.0 && bottom <= height,
                        "{lang:?} {width}×{height}: {:?} at {left:.0}–{right:.0}, {:.0}–{bottom:.0}",
                        label.lines,
                        label.at.y
                    );
                }
            }
        }
    }
}

/// The fitted height gives the radar a square box would, no taller than
/// the square, and on a wide chart (a wall screen) clearly lower: that
/// is what keeps the legend on the screen.
#[test]
fn a_fitted_chart_keeps_the_square_radar_without_its_empty_bands() {
    for lang in [Lang::Da, Lang::Nb, Lang::En] {
        let d = model_axes(lang);
        for width in (300..=2000).step_by(10).map(f64::from) {
            let font = label_font(width);
            let height = fitted_height(&d, width, font);
            let square = geometry(&d, width, width, font).radius;
            let fitted = geometry(&d, width, height, font).radius;
            assert!(height <= width, "{lang:?} {width}: {height}");
            assert!(
                fitted + 0.5 >= square,
                "{lang:?} {width}: radius {fitted} < {square}"
            );
            if width >= 800.0 {
                assert!(height <= width - 4.0 * font, "{lang:?} {width}: {height}");
            }
        }
        // Ten axes put more labels near the top and bottom, so less is
        // saved (about a line of labels on a wall), but the radar is never
        // smaller than the square gives.
        let d = axes_of(2, lang);
        for width in (300..=2000).step_by(10).map(f64::from) {
            let font = label_font(width);
            let height = fitted_height(&d, width, font);
            let square = geometry(&d, width, width, font).radius;
            assert!(height <= width, "v2 {lang:?} {width}: {height}");
            assert!(geometry(&d, width, height, font).radius + 0.5 >= square);
        }
    }
}

/// On a phone the names would squeeze the radar; the axes carry the
/// themes' numbers instead (the table below lists them by number).
#[test]
fn on_a_phone_the_axes_carry_the_themes_numbers() {
    let d = model_axes(Lang::Da);
    let phone = geometry(&d, 330.0, 330.0, label_font(330.0));
    let numbers: Vec<String> = phone.labels.iter().map(|l| l.lines.join(" ")).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7", "8"]);
    let ten = geometry(&axes_of(2, Lang::Da), 330.0, 330.0, label_font(330.0));
    assert_eq!(ten.labels.len(), 10);
    assert_eq!(ten.labels[9].lines, ["10"]);
    assert_eq!(phone.font, 16.0);
    let laptop = geometry(&d, 900.0, 650.0, label_font(900.0));
    assert_eq!(laptop.labels[0].lines.join(" "), "Retning og mål");
}

fn each_respondent(n: usize) -> (RadarData, Geometry) {
    // Half the group at 4 on every theme, a quarter at 2, a quarter at 5.
    let team = assessment(
        (0..n)
            .map(|i| {
                let v = match i % 4 {
                    0 | 1 => 4,
                    2 => 2,
                    _ => 5,
                };
                scored(&format!("r{i:03}"), Role::StaffRepresentative, [v; 8])
            })
            .collect(),
    );
    let summary = summarize(model(), &team);
    let layers = Layers {
        shown: vec![LayerKind::Respondent, LayerKind::Mean],
    };
    let data = radar_data(
        model(),
        &summary,
        None,
        &layers,
        &|id| id.to_owned(),
        Lang::Da,
        &|_| String::new(),
        true,
    );
    let g = geometry(&data, 900.0, 700.0, 18.0);
    (data, g)
}

#[test]
fn a_small_team_gets_a_line_per_respondent() {
    let (data, g) = each_respondent(12);
    let lines = data
        .series
        .iter()
        .filter(|s| s.kind == LayerKind::Respondent)
        .count();
    assert_eq!(lines, 12);
    assert!(data.shares.is_empty() && g.dots.is_empty());
}

#[test]
fn a_larger_group_gets_dots_sized_by_share_instead_of_150_lines() {
    let (data, g) = each_respondent(150);
    assert!(data.series.iter().all(|s| s.kind != LayerKind::Respondent));
    assert_eq!(data.shares.len(), 8);
    for counts in &data.shares {
        assert_eq!(counts.iter().sum::<usize>(), 150);
        assert_eq!(*counts, [0, 37, 0, 76, 37]);
    }
    // Three dots per axis; the dot at 4 (half the group) is the largest,
    // with twice the area of the quarter dots.
    assert_eq!(g.dots.len(), 24);
    let on_first: Vec<&Dot> = g.dots.iter().take(3).collect();
    let area = |d: &Dot| d.radius * d.radius;
    assert!((area(on_first[1]) / area(on_first[0]) - 76.0 / 37.0).abs() < 1e-9);
    assert!(on_first[1].radius <= g.radius * LARGEST_DOT);
    // On the first axis (straight up) at the rings of 2, 4 and 5.
    for (dot, score) in on_first.iter().zip([2.0, 4.0, 5.0]) {
        assert!((g.center.y - dot.at.y - g.radius * score / 5.0).abs() < 1e-9);
    }
}
