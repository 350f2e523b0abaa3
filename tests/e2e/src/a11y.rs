//! Two accessibility engines on the page as it is now, shadow roots included: axe-core
//! (every rule it ships, best practices too) and IBM's Equal Access engine (rule set
//! WCAG_2_2). Each fails the test naming every violation. What an engine cannot decide by
//! itself ("needs review") fails too, unless [`REVIEWED`] records why it is fine; and an
//! engine that does not run, or answers something unreadable, fails loudly: it is never
//! read as "no violations".

use crate::browser::Browser;
use serde::Deserialize;
use serde_json::{json, Value};
use std::path::PathBuf;

/// "Needs review" results a person has judged, each with the reason: engine, rule id, a
/// fragment the element's selector or markup must contain ("" for any element), and why
/// it is fine. A doubt not listed here fails the test.
pub const REVIEWED: [(&str, &str, &str, &str); 11] = [
    (
        "axe",
        "color-contrast",
        "cg-chart__label",
        "axe cannot find the background of SVG text; the chart's labels are --cg-text on \
         --cg-bg, the body text's colours (19:1 light, 16:1 dark)",
    ),
    (
        "axe",
        "color-contrast",
        "<textarea",
        "axe cannot place the text inside a textarea; it is --cg-text on --cg-bg, the body \
         text's colours",
    ),
    (
        "ibm",
        "input_label_visible",
        "<textarea",
        "the engine takes a <label for> name only on input and button elements; the \
         motivation box has its visible <label for>, which axe checks too",
    ),
    (
        "ibm",
        "text_sensory_misuse",
        "",
        "the engine flags words like 'little' in the article's own prose, which gives no \
         instructions",
    ),
    (
        "ibm",
        "style_focus_visible",
        "",
        "focus is GOV.UK's yellow outline on :focus-visible, which the engine cannot \
         evaluate from the stylesheet; the keyboard tests tab through every page",
    ),
    (
        "ibm",
        "text_block_heading",
        "",
        "bold labels, captions and amounts (GOV.UK style) are not headings; every page's \
         headings are real h1-h4 elements",
    ),
    (
        "ibm",
        "style_color_misuse",
        "",
        "colour never carries meaning alone: links are underlined, errors say so in words \
         beside a border, choices are checked",
    ),
    (
        "ibm",
        "html_skipnav_exists",
        "<html dir=\"ltr\" lang=\"en\">",
        "frame.html holds one widget and nothing repeated to bypass; the engine looks for an \
         h1 or a skip link only outside shadow roots, and the widget's h1 is inside its own",
    ),
    (
        "ibm",
        "element_tabbable_visible",
        "cg-skip-link",
        "the skip link is off screen until focused, then shown (tested at 320px)",
    ),
    (
        "ibm",
        "element_tabbable_unobscured",
        "",
        "nothing of ours is fixed or sticky, so nothing can cover a focused control",
    ),
    (
        "ibm",
        "input_checkboxes_grouped",
        "",
        "the lone checkboxes (a roadmap step's Done, consent) each answer one question of \
         their own and carry their own label",
    ),
];

#[derive(Debug, Deserialize)]
struct AxeResult {
    id: String,
    impact: Option<String>,
    help: String,
    nodes: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct AxeRun {
    violations: Vec<AxeResult>,
    incomplete: Vec<AxeResult>,
}

#[derive(Debug, Deserialize)]
struct IbmResult {
    #[serde(rename = "ruleId")]
    rule: String,
    level: String,
    message: String,
    snippet: String,
    path: Value,
}

fn engine_path(env: &str, default: &str) -> PathBuf {
    std::env::var_os(env)
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::workspace().join(default))
}

impl Browser {
    /// Runs both engines on the whole page and fails listing every violation and
    /// unreviewed doubt.
    pub async fn assert_accessible(&self, state: &str) {
        self.assert_accessible_within(state, None).await;
    }

    /// The same, only inside the elements matching `within` (with their shadow roots): our
    /// widgets on a host page whose own markup is not ours to judge.
    pub async fn assert_accessible_within(&self, state: &str, within: Option<&str>) {
        let mut problems = self.axe_problems(within).await;
        problems.extend(self.ibm_problems(within).await);
        // A frame (the embed builder's live preview) is a document of its own: each is
        // checked whole, inside it.
        let frames: u16 = self
            .eval("return document.querySelectorAll('iframe').length;", vec![])
            .await;
        for index in 0..frames {
            self.client
                .enter_frame(Some(index))
                .await
                .unwrap_or_else(|e| panic!("entering frame {index}: {e}"));
            let mut inside = self.axe_problems(None).await;
            inside.extend(self.ibm_problems(None).await);
            problems.extend(inside.into_iter().map(|p| format!("  (frame {index}){p}")));
            self.client
                .enter_parent_frame()
                .await
                .unwrap_or_else(|e| panic!("leaving frame {index}: {e}"));
        }
        if !problems.is_empty() {
            panic!(
                "{} accessibility problem(s) in state '{state}':\n{}",
                problems.len(),
                problems.join("\n")
            );
        }
    }

    /// Loads an engine's script into the page unless `global` is already there.
    async fn load_engine(&self, global: &str, path: PathBuf) {
        let loaded: bool = self
            .eval(
                &format!("return typeof window.{global} !== 'undefined';"),
                vec![],
            )
            .await;
        if !loaded {
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e} (./x test installs it)", path.display()));
            // The script runs inside a function: a top-level `var` is exported explicitly.
            self.client
                .execute(
                    &format!(
                        "{source}\nwindow.{global} = window.{global} || {global};\nreturn true;"
                    ),
                    vec![],
                )
                .await
                .unwrap_or_else(|e| panic!("loading {}: {e}", path.display()));
        }
    }

    async fn axe_problems(&self, within: Option<&str>) -> Vec<String> {
        self.load_engine(
            "axe",
            engine_path("AXE_CORE", "node_modules/axe-core/axe.min.js"),
        )
        .await;
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const brief = (r) => ({ id: r.id, impact: r.impact, help: r.help,
                     nodes: r.nodes.map(n => n.target.map(t => [].concat(t).join(' >>> ')).join(' ') + ' ' + n.html.slice(0, 120)) });
                 const within = arguments[0];
                 const context = within ? document.querySelectorAll(within) : document;
                 if (within && context.length === 0) { done({ error: 'nothing matches ' + within }); return; }
                 // Frames are checked from inside (assert_accessible_within), so not from here.
                 axe.run(context, { resultTypes: ['violations', 'incomplete'], iframes: false,
                                    rules: { 'frame-tested': { enabled: false } } })
                   .then(r => done({ ok: { violations: r.violations.map(brief), incomplete: r.incomplete.map(brief) } }))
                   .catch(e => done({ error: String(e && e.stack || e) }));",
                vec![json!(within)],
            )
            .await
            .expect("axe.run answers");
        if let Some(error) = result.get("error") {
            panic!("axe-core failed to run: {error}");
        }
        let run: AxeRun = serde_json::from_value(result["ok"].clone())
            .unwrap_or_else(|e| panic!("axe-core answered something unreadable ({e}): {result}"));
        let mut problems: Vec<String> = run
            .violations
            .iter()
            .map(|v| {
                format!(
                    "  - axe {} ({}): {} at {:?}",
                    v.id,
                    v.impact.as_deref().unwrap_or("?"),
                    v.help,
                    v.nodes
                )
            })
            .collect();
        for doubt in &run.incomplete {
            let unreviewed: Vec<&String> = doubt
                .nodes
                .iter()
                .filter(|node| !reviewed("axe", &doubt.id, node))
                .collect();
            if !unreviewed.is_empty() {
                problems.push(format!(
                    "  - axe needs review {}: {} at {unreviewed:?}",
                    doubt.id, doubt.help
                ));
            }
        }
        problems
    }

    async fn ibm_problems(&self, within: Option<&str>) -> Vec<String> {
        self.load_engine(
            "ace",
            engine_path(
                "IBM_ACE",
                "node_modules/accessibility-checker-engine/ace.js",
            ),
        )
        .await;
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const within = arguments[0];
                 const roots = within ? [...document.querySelectorAll(within)] : [document];
                 if (roots.length === 0) { done({ error: 'nothing matches ' + within }); return; }
                 const checker = new ace.Checker();
                 roots.reduce((all, root) => all.then(results =>
                     checker.check(root, ['WCAG_2_2']).then(report => results.concat(report.results))), Promise.resolve([]))
                   .then(results => done({ ok: results
                       // value: [VIOLATION | RECOMMENDATION | INFORMATION, PASS | FAIL | POTENTIAL | MANUAL]
                       .filter(r => r.value[1] === 'FAIL' || r.value[1] === 'POTENTIAL')
                       .map(r => ({ ruleId: r.ruleId,
                                    level: (r.value[1] === 'POTENTIAL' ? 'potential' : '') + r.value[0].toLowerCase(),
                                    message: r.message,
                                    snippet: (r.snippet || '').slice(0, 160), path: r.path })) }))
                   .catch(e => done({ error: String(e && e.stack || e) }));",
                vec![json!(within)],
            )
            .await
            .expect("the IBM engine answers");
        if let Some(error) = result.get("error") {
            panic!("the IBM Equal Access engine failed to run: {error}");
        }
        let results: Vec<IbmResult> =
            serde_json::from_value(result["ok"].clone()).unwrap_or_else(|e| {
                panic!("the IBM engine answered something unreadable ({e}): {result}")
            });
        results
            .iter()
            .filter(|r| match r.level.as_str() {
                "violation" => true,
                "potentialviolation" => !reviewed("ibm", &r.rule, &r.snippet),
                // Recommendations are advice, not WCAG failures.
                _ => false,
            })
            .map(|r| {
                format!(
                    "  - IBM {} ({}): {} at {} {}",
                    r.rule,
                    r.level,
                    r.message,
                    r.path.get("dom").unwrap_or(&json!("")),
                    r.snippet
                )
            })
            .collect()
    }
}

fn reviewed(engine: &str, rule: &str, node: &str) -> bool {
    REVIEWED
        .iter()
        .any(|(e, r, fragment, _why)| *e == engine && *r == rule && node.contains(fragment))
}
