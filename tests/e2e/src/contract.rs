//! The payload contract: every application the end-to-end tests receive is checked against
//! the JSON Schema the build ships (`dist/application.schema.json`) with a real validator.

use serde_json::Value;
use std::path::Path;

pub struct PayloadSchema(jsonschema::Validator);

impl PayloadSchema {
    /// The schema in the build being served.
    pub fn of_build(dist: &Path) -> PayloadSchema {
        let path = dist.join("application.schema.json");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (the build ships the schema)", path.display()));
        let schema: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("{}: not a valid schema: {e}", path.display()));
        PayloadSchema(validator)
    }

    /// Every way `payload` breaks the contract ("/answers/email: … does not match …").
    pub fn problems(&self, payload: &Value) -> Vec<String> {
        self.0
            .iter_errors(payload)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect()
    }
}
