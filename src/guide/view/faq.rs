//! The FAQ: every question opens in place, and each has its own anchor (`/faq#how-long`)
//! that opens it and scrolls to it, even inside a host page's shadow root.

use super::blocks::Blocks;
use crate::guide::model::{guide, page_title, FaqEntry};
use crate::platform::dom;
use crate::routing::nav::{use_nav, Link, Location};
use crate::routing::page::Page;
use crate::ui::heading::Heading;
use crate::ui::page_meta::set_page_meta;
use crate::ui::pages::ApplyNow;
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn FaqPage() -> impl IntoView {
    let faq = &guide().faq;
    let questions: Vec<&str> = faq.entries.iter().map(|e| e.question.as_str()).collect();
    set_page_meta(page_title(guide(), Page::Faq), &questions.join(" "));
    let nav = use_nav();
    let open: Vec<RwSignal<bool>> = faq.entries.iter().map(|_| RwSignal::new(false)).collect();
    let list_ref = NodeRef::<html::Ol>::new();

    // Opening by anchor: on arrival and whenever the fragment changes.
    let open_for_hash = open.clone();
    Effect::new(move |_| {
        let hash = nav.location().hash;
        let Some(index) = guide().faq.entries.iter().position(|e| e.slug == hash) else {
            return;
        };
        open_for_hash[index].set(true);
        let slug = hash.clone();
        request_animation_frame(move || {
            let Some(Some(list)) = list_ref.try_get_untracked() else {
                return;
            };
            if let Some(details) = dom::find_by_id(&list, &slug) {
                dom::scroll_into_view(&details);
                if let Some(summary) = details.query_selector("summary").ok().flatten() {
                    if let Ok(summary) =
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(summary)
                    {
                        let _ = summary.focus();
                    }
                }
            }
        });
    });

    let all_open = {
        let open = open.clone();
        Memo::new(move |_| open.iter().all(|o| o.get()))
    };
    let toggle_all = {
        let open = open.clone();
        move |_| {
            let target = !all_open.get_untracked();
            open.iter().for_each(|o| o.set(target));
        }
    };
    view! {
        <article class="cg-article">
            <Heading level=1>{faq.heading.as_str()}</Heading>
            <button type="button" class="cg-link-button cg-no-print cg-needs-script" aria-expanded=move || all_open.get().to_string() on:click=toggle_all>
                {move || if all_open.get() { "Hide all answers" } else { "Show all answers" }}
            </button>
            <ol class="cg-faq" node_ref=list_ref>
                {faq
                    .entries
                    .iter()
                    .zip(open)
                    .map(|(entry, open)| view! { <Entry entry=entry open=open /> })
                    .collect_view()}
            </ol>
            <ApplyNow />
        </article>
    }
}

#[component]
fn Entry(entry: &'static FaqEntry, open: RwSignal<bool>) -> impl IntoView {
    let details = NodeRef::<html::Details>::new();
    let on_toggle = move |_| {
        if let Some(el) = details.get_untracked() {
            open.set(el.open());
        }
    };
    let anchor = Location {
        page: Page::Faq,
        query: Vec::new(),
        hash: entry.slug.clone(),
    };
    view! {
        <li class="cg-faq__item">
            <details id=entry.slug.as_str() node_ref=details prop:open=move || open.get() on:toggle=on_toggle>
                <summary class="cg-faq__question">{entry.question.as_str()}</summary>
                <div class="cg-faq__answer">
                    <Blocks blocks=&entry.answer />
                    <p class="cg-faq__anchor cg-no-print">
                        <Link to=anchor>"Link to this answer"</Link>
                    </p>
                </div>
            </details>
        </li>
    }
}
