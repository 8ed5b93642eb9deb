//! Small numeric helpers that keep the WebAssembly bundle small: the std
//! versions bring libm or Rust's float formatting along.

use std::f64::consts::PI;

/// `value` limited to `[low, high]`.
///
/// Not `f64::clamp`: its assertion that `low <= high` formats the floats on
/// failure, which links float formatting (~14 kB) into the bundle. A NaN
/// `value` comes out as `low`.
#[allow(clippy::manual_clamp)]
pub fn clamp(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}

/// Sine and cosine of `angle` (radians), to about 1e-12.
///
/// Why not `f64::sin`: in WebAssembly that links libm's argument reduction
/// and kernels (about 7 kB). The chart only needs angles within a turn, where
/// a Taylor series after folding into [-π, π] is exact enough for pixels.
pub fn sin_cos(angle: f64) -> (f64, f64) {
    let turn = 2.0 * PI;
    let mut x = angle % turn;
    if x > PI {
        x -= turn;
    } else if x < -PI {
        x += turn;
    }
    let (mut sin, mut cos) = (0.0, 0.0);
    let mut term = 1.0; // x^k / k!
    for k in 0..30 {
        match k % 4 {
            0 => cos += term,
            1 => sin += term,
            2 => cos -= term,
            _ => sin -= term,
        }
        term *= x / f64::from(k + 1);
    }
    (sin, cos)
}
