use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::radar::{LayerKind, Layers};
use crate::i18n::{Key, Lang, format_number, layer_label, tr};
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct LayerSwitchesProps {
    /// The layers with something to show, in drawing order.
    pub available: Vec<LayerKind>,
    pub layers: Layers,
    pub on_toggle: Callback<LayerKind>,
    /// Earlier assessments to compare with: (id, label).
    #[prop_or_default]
    pub others: Vec<(String, String)>,
    #[prop_or_default]
    pub compare: Option<String>,
    #[prop_or_default]
    pub on_compare: Callback<Option<String>>,
}

/// The chart's key, whose switches show or hide each layer, each drawn in
/// its own colour and dash; and the earlier round to compare with.
#[component]
pub fn LayerSwitches(props: &LayerSwitchesProps) -> Html {
    let lang = use_app().lang;
    let on_compare = props.on_compare.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let value = select.value();
        (!value.is_empty()).then_some(value)
    });
    html! {
        <fieldset class="layers">
            <legend>{ tr(lang, Key::LayersLegend) }</legend>
            { for props.available.iter().map(|&kind| {
                let style = kind.style();
                let (r, g, b) = style.rgb;
                let colour = format!("rgb({r},{g},{b})");
                let dash = style.dash.iter().map(|d| format_number(Lang::En, *d, 0)).collect::<Vec<_>>().join(" ");
                let onchange = props.on_toggle.reform(move |_: Event| kind);
                let id = format!("layer-{}", kind as u8);
                html! {
                    <label class="choice layer" for={id.clone()}>
                        <input type="checkbox" {id} checked={props.layers.shows(kind)} {onchange} />
                        <svg width="36" height="14" aria-hidden="true" focusable="false">
                            if style.fill > 0.0 && style.width == 0.0 {
                                <rect x="0" y="2" width="36" height="10" fill={colour.clone()} fill-opacity={format_number(Lang::En, style.fill, 2)} />
                            } else {
                                <line x1="0" y1="7" x2="36" y2="7" stroke={colour.clone()}
                                    stroke-width={format_number(Lang::En, style.width, 1)} stroke-dasharray={dash} />
                            }
                        </svg>
                        <span>{ layer_label(lang, kind) }</span>
                    </label>
                }
            }) }
            if !props.others.is_empty() {
                <label class="compare" for="compare">{ tr(lang, Key::CompareWith) }</label>
                <select id="compare" onchange={on_compare}>
                    <option value="" selected={props.compare.is_none()}>{ tr(lang, Key::CompareNone) }</option>
                    { for props.others.iter().map(|(id, label)| {
                        let selected = props.compare.as_deref() == Some(id.as_str());
                        html! { <option value={id.clone()} {selected}>{ label.clone() }</option> }
                    }) }
                </select>
            }
        </fieldset>
    }
}
