//! Custom registration questions and the rules for their answers.
//!
//! Answers are stored by question id as the value the registrant gave (a
//! string, a list of strings, a boolean), never as an index into the choices:
//! relabelling a question or retiring a choice cannot change what someone
//! answered.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::ToSchema;
use uuid::Uuid;

use super::countries;
use super::text;
use super::validation::ValidationErrors;

pub const MAX_QUESTIONS: usize = 50;
pub const MAX_CHOICES: usize = 100;
const SHORT_TEXT_CHARS: usize = 300;
const LONG_TEXT_CHARS: usize = 5000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    ShortText,
    LongText,
    SingleChoice,
    MultipleChoice,
    Checkbox,
    Country,
}

impl QuestionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::ShortText => "short_text",
            QuestionKind::LongText => "long_text",
            QuestionKind::SingleChoice => "single_choice",
            QuestionKind::MultipleChoice => "multiple_choice",
            QuestionKind::Checkbox => "checkbox",
            QuestionKind::Country => "country",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            QuestionKind::ShortText,
            QuestionKind::LongText,
            QuestionKind::SingleChoice,
            QuestionKind::MultipleChoice,
            QuestionKind::Checkbox,
            QuestionKind::Country,
        ]
        .into_iter()
        .find(|k| k.as_str() == value)
    }

    pub fn has_choices(self) -> bool {
        matches!(
            self,
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice
        )
    }
}

/// Question fields as a POST or PATCH body carries them.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = QuestionFields)]
pub struct QuestionChanges {
    pub label: Option<String>,
    pub kind: Option<QuestionKind>,
    pub required: Option<bool>,
    /// The choices offered (single and multiple choice). A choice left out of
    /// a PATCH is retired: no longer offered, still shown on old answers.
    pub choices: Option<Vec<String>>,
    pub help_text: Option<String>,
    pub position: Option<i32>,
}

/// A question whose every rule holds: what gets stored.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionData {
    pub label: String,
    pub kind: QuestionKind,
    pub required: bool,
    pub choices: Vec<String>,
    pub retired_choices: Vec<String>,
    pub help_text: String,
    pub position: i32,
}

impl QuestionData {
    pub fn create(changes: QuestionChanges) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let label = match &changes.label {
            Some(label) => errors.check("label", text::line(label, 300)),
            None => {
                errors.add("label", "is required");
                None
            }
        };
        let kind = changes.kind.or_else(|| {
            errors.add("kind", "is required");
            None
        });
        let draft = QuestionData {
            label: label.unwrap_or_default(),
            kind: kind.unwrap_or(QuestionKind::ShortText),
            required: false,
            choices: Vec::new(),
            retired_choices: Vec::new(),
            help_text: String::new(),
            position: 0,
        };
        let result = draft.apply_checked(changes, false);
        match result {
            Ok(data) if errors.is_empty() => Ok(data),
            Ok(_) => Err(errors),
            Err(more) => Err(ValidationErrors::from_merged(errors, more)),
        }
    }

    /// This question with `changes` applied. `answered` says whether anyone
    /// answered it: then its kind is fixed, since old answers have its shape.
    pub fn apply(
        &self,
        changes: QuestionChanges,
        answered: bool,
    ) -> Result<Self, ValidationErrors> {
        self.clone().apply_checked(changes, answered)
    }

    fn apply_checked(
        mut self,
        changes: QuestionChanges,
        answered: bool,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if let Some(label) = &changes.label
            && let Some(label) = errors.check("label", text::line(label, 300))
        {
            self.label = label;
        }
        if let Some(kind) = changes.kind
            && kind != self.kind
        {
            if answered {
                errors.add(
                    "kind",
                    "cannot change once people have answered; add a new question instead",
                );
            } else {
                self.kind = kind;
            }
        }
        if let Some(required) = changes.required {
            self.required = required;
        }
        if let Some(help) = &changes.help_text
            && let Some(help) = errors.check("help_text", text::prose(help, 1000))
        {
            self.help_text = help;
        }
        if let Some(position) = changes.position {
            if (0..=10_000).contains(&position) {
                self.position = position;
            } else {
                errors.add("position", "must be between 0 and 10000");
            }
        }
        if let Some(choices) = changes.choices
            && let Some(choices) = errors.check("choices", clean_choices(&choices))
        {
            // A choice dropped from the list is retired, never forgotten; one
            // offered again comes back.
            let mut retired: Vec<String> = Vec::new();
            for c in self.retired_choices.iter().chain(self.choices.iter()) {
                if !choices.contains(c) && !retired.contains(c) {
                    retired.push(c.clone());
                }
            }
            self.retired_choices = retired;
            self.choices = choices;
        }
        if self.kind.has_choices() && self.choices.is_empty() {
            errors.add("choices", "a choice question needs at least one choice");
        }
        if !self.kind.has_choices() && !self.choices.is_empty() {
            errors.add("choices", "only choice questions have choices");
        }
        errors.into_result(|| self)
    }
}

fn clean_choices(choices: &[String]) -> Result<Vec<String>, String> {
    if choices.len() > MAX_CHOICES {
        return Err(format!("at most {MAX_CHOICES} choices"));
    }
    let mut out: Vec<String> = Vec::with_capacity(choices.len());
    for choice in choices {
        let choice = text::line(choice, 200).map_err(|e| format!("each choice {e}"))?;
        if out.contains(&choice) {
            return Err(format!("\"{choice}\" is listed twice"));
        }
        out.push(choice);
    }
    Ok(out)
}

/// A stored question, as the answer rules need it.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: Uuid,
    pub data: QuestionData,
    pub retired: bool,
}

/// The field name of a question's answer in validation errors and forms.
pub fn answer_field(id: Uuid) -> String {
    format!("answers.{id}")
}

/// Checks `answers` (by question id) against the conference's questions:
/// every required active question answered, each value of its question's shape
/// and, for choices, one of the offered choices. Empty answers are dropped.
/// `previous` answers of retired questions are kept as they were.
pub fn validate_answers(
    questions: &[Question],
    answers: &Map<String, Value>,
) -> Result<Map<String, Value>, ValidationErrors> {
    let mut errors = ValidationErrors::new();
    let mut clean = Map::new();
    for key in answers.keys() {
        let known = Uuid::parse_str(key)
            .ok()
            .and_then(|id| questions.iter().find(|q| q.id == id && !q.retired));
        if known.is_none() {
            errors.add(
                format!("answers.{key}"),
                "is not a question of this registration form",
            );
        }
    }
    for question in questions.iter().filter(|q| !q.retired) {
        let field = answer_field(question.id);
        let value = answers
            .get(&question.id.to_string())
            .unwrap_or(&Value::Null);
        match check_answer(&question.data, value) {
            Ok(Some(value)) => {
                clean.insert(question.id.to_string(), value);
            }
            Ok(None) if question.data.required => errors.add(field, "is required"),
            Ok(None) => {}
            Err(message) => errors.add(field, message),
        }
    }
    errors.into_result(|| clean)
}

/// One answer in its stored shape, `None` when left empty.
fn check_answer(q: &QuestionData, value: &Value) -> Result<Option<Value>, String> {
    match (q.kind, value) {
        (_, Value::Null) => Ok(None),
        (QuestionKind::ShortText | QuestionKind::LongText, Value::String(s)) => {
            let text = if q.kind == QuestionKind::ShortText {
                text::optional_line(Some(s), SHORT_TEXT_CHARS)?
            } else {
                let prose = text::prose(s, LONG_TEXT_CHARS)?;
                (!prose.is_empty()).then_some(prose)
            };
            Ok(text.map(Value::String))
        }
        (QuestionKind::SingleChoice, Value::String(s)) if s.trim().is_empty() => Ok(None),
        (QuestionKind::SingleChoice, Value::String(s)) => {
            if q.choices.iter().any(|c| c == s.trim()) {
                Ok(Some(Value::String(s.trim().to_owned())))
            } else {
                Err("must be one of the choices offered".into())
            }
        }
        (QuestionKind::MultipleChoice, Value::Array(items)) => {
            let mut picked: Vec<Value> = Vec::new();
            for item in items {
                let Some(s) = item.as_str() else {
                    return Err("must be a list of choices".into());
                };
                if !q.choices.iter().any(|c| c == s) {
                    return Err(format!("\"{s}\" is not one of the choices offered"));
                }
                if !picked.iter().any(|p| p == item) {
                    picked.push(item.clone());
                }
            }
            Ok((!picked.is_empty()).then_some(Value::Array(picked)))
        }
        // A required checkbox must be ticked (an agreement); unticked is empty.
        (QuestionKind::Checkbox, Value::Bool(ticked)) => Ok(ticked.then_some(Value::Bool(true))),
        (QuestionKind::Country, Value::String(s)) if s.trim().is_empty() => Ok(None),
        (QuestionKind::Country, Value::String(s)) => {
            let code = s.trim().to_ascii_uppercase();
            if countries::is_code(&code) {
                Ok(Some(Value::String(code)))
            } else {
                Err("must be a country code (ISO 3166-1 alpha-2, e.g. BE)".into())
            }
        }
        (QuestionKind::MultipleChoice, _) => Err("must be a list of choices".into()),
        (QuestionKind::Checkbox, _) => Err("must be true or false".into()),
        _ => Err("must be text".into()),
    }
}

/// A registrant's new answers to the form, checked like a sign-up's; the
/// answers to retired questions are not asked any more and stay as they were.
pub fn revised_answers(
    form: &[Question],
    given: &Map<String, Value>,
    current: &Value,
) -> Result<Map<String, Value>, ValidationErrors> {
    let mut answers = validate_answers(form, given)?;
    for q in form.iter().filter(|q| q.retired) {
        if let Some(old) = current.get(q.id.to_string()) {
            answers.insert(q.id.to_string(), old.clone());
        }
    }
    Ok(answers)
}

/// An answer as one cell of an export or a page: lists joined, ticks as yes.
pub fn answer_text(kind: QuestionKind, value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) if kind == QuestionKind::Country => countries::COUNTRIES
            .iter()
            .find(|(code, _)| code == s)
            .map(|(_, name)| (*name).to_owned())
            .unwrap_or_else(|| s.clone()),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(true)) => "yes".into(),
        Some(Value::Bool(false)) => "no".into(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("; "),
        Some(other) => other.to_string(),
    }
}

/// The containment document that finds registrations whose answer to the
/// question `question_id` of this form is (or, for multiple choice,
/// includes) `value`; errors name the list's `question` and `answer` filters.
pub fn answer_filter(
    form: &[Question],
    question_id: Uuid,
    value: &str,
) -> Result<Value, ValidationErrors> {
    let question = form.iter().find(|q| q.id == question_id).ok_or_else(|| {
        ValidationErrors::single("question", "is not a question of this conference")
    })?;
    let stored = match question.data.kind {
        QuestionKind::MultipleChoice => Value::Array(vec![Value::String(value.to_owned())]),
        QuestionKind::Checkbox => match value {
            "true" | "yes" => Value::Bool(true),
            _ => {
                return Err(ValidationErrors::single(
                    "answer",
                    "a checkbox answer filter is true",
                ));
            }
        },
        QuestionKind::Country => Value::String(value.trim().to_ascii_uppercase()),
        _ => Value::String(value.to_owned()),
    };
    let mut doc = Map::new();
    doc.insert(question.id.to_string(), stored);
    Ok(Value::Object(doc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn question(kind: QuestionKind, required: bool, choices: &[&str]) -> Question {
        Question {
            id: Uuid::new_v4(),
            data: QuestionData {
                label: "Q".into(),
                kind,
                required,
                choices: choices.iter().map(|c| (*c).to_owned()).collect(),
                retired_choices: vec![],
                help_text: String::new(),
                position: 0,
            },
            retired: false,
        }
    }

    fn answers(pairs: &[(&Question, Value)]) -> Map<String, Value> {
        pairs
            .iter()
            .map(|(q, v)| (q.id.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn required_questions_must_be_answered() -> Result<(), Box<dyn std::error::Error>> {
        let q = question(QuestionKind::ShortText, true, &[]);
        let errors = validate_answers(std::slice::from_ref(&q), &Map::new()).unwrap_err();
        assert!(errors.fields().any(|(f, _)| *f == answer_field(q.id)));
        let ok = validate_answers(std::slice::from_ref(&q), &answers(&[(&q, json!(" Yes "))]));
        assert_eq!(ok?[&q.id.to_string()], json!("Yes"));
        Ok(())
    }

    #[test]
    fn choices_must_be_offered_ones() -> Result<(), Box<dyn std::error::Error>> {
        let single = question(QuestionKind::SingleChoice, false, &["Policy", "Research"]);
        let multi = question(QuestionKind::MultipleChoice, false, &["A", "B"]);
        let qs = [single.clone(), multi.clone()];
        assert!(validate_answers(&qs, &answers(&[(&single, json!("Other"))])).is_err());
        assert!(validate_answers(&qs, &answers(&[(&multi, json!(["A", "C"]))])).is_err());
        let ok = validate_answers(
            &qs,
            &answers(&[(&single, json!("Policy")), (&multi, json!(["B", "A", "B"]))]),
        )?;
        assert_eq!(ok[&multi.id.to_string()], json!(["B", "A"]));
        Ok(())
    }

    #[test]
    fn unknown_and_retired_questions_are_refused() {
        let mut retired = question(QuestionKind::ShortText, false, &[]);
        retired.retired = true;
        let errors = validate_answers(
            std::slice::from_ref(&retired),
            &answers(&[(&retired, json!("x"))]),
        )
        .unwrap_err();
        assert!(errors.fields().count() == 1);
        let mut stray = Map::new();
        stray.insert("not-an-id".into(), json!("x"));
        assert!(validate_answers(&[], &stray).is_err());
    }

    #[test]
    fn checkbox_and_country_shapes() -> Result<(), Box<dyn std::error::Error>> {
        let tick = question(QuestionKind::Checkbox, true, &[]);
        let country = question(QuestionKind::Country, false, &[]);
        let qs = [tick.clone(), country.clone()];
        assert!(validate_answers(&qs, &answers(&[(&tick, json!(false))])).is_err());
        assert!(
            validate_answers(
                &qs,
                &answers(&[(&tick, json!(true)), (&country, json!("XX"))])
            )
            .is_err()
        );
        let ok = validate_answers(
            &qs,
            &answers(&[(&tick, json!(true)), (&country, json!("be"))]),
        )?;
        assert_eq!(ok[&country.id.to_string()], json!("BE"));
        assert_eq!(
            answer_text(QuestionKind::Country, Some(&json!("BE"))),
            "Belgium"
        );
        Ok(())
    }

    #[test]
    fn dropping_a_choice_retires_it_and_kind_is_fixed_once_answered()
    -> Result<(), Box<dyn std::error::Error>> {
        let data = QuestionData::create(QuestionChanges {
            label: Some("Sector".into()),
            kind: Some(QuestionKind::SingleChoice),
            choices: Some(vec!["Policy".into(), "Research".into()]),
            ..Default::default()
        })?;
        let changed = data.apply(
            QuestionChanges {
                choices: Some(vec!["Research".into(), "Civil society".into()]),
                ..Default::default()
            },
            true,
        )?;
        assert_eq!(changed.retired_choices, vec!["Policy".to_owned()]);
        let back = changed.apply(
            QuestionChanges {
                choices: Some(vec!["Policy".into()]),
                ..Default::default()
            },
            true,
        )?;
        assert!(!back.retired_choices.contains(&"Policy".to_owned()));
        assert!(
            data.apply(
                QuestionChanges {
                    kind: Some(QuestionKind::ShortText),
                    choices: Some(vec![]),
                    ..Default::default()
                },
                true
            )
            .is_err()
        );
        Ok(())
    }
}
