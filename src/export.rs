//! The attendee list as a file: CSV (RFC 4180, UTF-8, header row), JSON and
//! XLSX, written page by page so any number of registrations fits in memory.

use std::collections::HashMap;

use bytes::Bytes;
use chrono_tz::Tz;
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use serde::Serialize;
use uuid::Uuid;

use crate::db::registrations::Registration;
use crate::domain::attendance::neutralize_formula;
use crate::domain::question::{Question, QuestionKind, answer_text};
use crate::domain::registration::RegistrationStatus;

pub const COLUMNS: [&str; 11] = [
    "registration_id",
    "name",
    "email",
    "organization",
    "category",
    "status",
    "sessions",
    "registered_at",
    "checked_in_at",
    "attended",
    "attendance_mode",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Csv,
    Xlsx,
    Json,
}

impl ExportFormat {
    pub fn content_type(self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Json => "application/json",
            ExportFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Xlsx => "xlsx",
        }
    }
}

/// One line of the attendee list.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ExportRow {
    pub registration_id: Uuid,
    pub name: String,
    pub email: String,
    pub organization: Option<String>,
    pub category: Option<String>,
    pub status: RegistrationStatus,
    pub sessions: Vec<String>,
    pub registered_at: String,
    pub checked_in_at: Option<String>,
    pub attended: bool,
    pub attendance_mode: crate::domain::registration::AttendanceMode,
    /// Answers as text, in the order of the export's question columns.
    #[serde(skip)]
    pub answers: Vec<String>,
}

/// The columns of the conference's questions: one per question, retired
/// ones too, headed by its label (made unique).
#[derive(Debug, Clone, Default)]
pub struct AnswerColumns {
    questions: Vec<(Uuid, QuestionKind)>,
    headers: Vec<String>,
}

impl AnswerColumns {
    pub fn new(questions: &[Question]) -> Self {
        let mut headers: Vec<String> = Vec::with_capacity(questions.len());
        for q in questions {
            let mut header = q.data.label.clone();
            let mut n = 2;
            while headers.contains(&header) || COLUMNS.contains(&header.as_str()) {
                header = format!("{} ({n})", q.data.label);
                n += 1;
            }
            headers.push(header);
        }
        AnswerColumns {
            questions: questions.iter().map(|q| (q.id, q.data.kind)).collect(),
            headers,
        }
    }

    fn texts(&self, answers: &serde_json::Value) -> Vec<String> {
        self.questions
            .iter()
            .map(|(id, kind)| answer_text(*kind, answers.get(id.to_string())))
            .collect()
    }
}

impl ExportRow {
    pub fn new(
        r: &Registration,
        session_titles: &HashMap<Uuid, String>,
        tz: Tz,
        columns: &AnswerColumns,
    ) -> Self {
        let row = &r.row;
        let local =
            |t: chrono::DateTime<chrono::Utc>| t.with_timezone(&tz).fixed_offset().to_rfc3339();
        ExportRow {
            registration_id: row.id,
            name: row.name.clone(),
            email: row.email.clone(),
            organization: row.organization.clone(),
            category: row.category.clone(),
            status: row.status,
            sessions: r
                .sessions
                .iter()
                .filter_map(|s| session_titles.get(s).cloned())
                .collect(),
            registered_at: local(row.created_at),
            checked_in_at: row.checked_in_at.map(local),
            attended: row.attended,
            attendance_mode: row.attendance_mode,
            answers: columns.texts(&row.answers),
        }
    }

    /// The text cells, formula-guarded, in column order.
    fn cells(&self) -> Vec<String> {
        let guard = |s: &str| neutralize_formula(s).into_owned();
        let mut cells = vec![
            self.registration_id.to_string(),
            guard(&self.name),
            guard(&self.email),
            guard(self.organization.as_deref().unwrap_or("")),
            guard(self.category.as_deref().unwrap_or("")),
            self.status.as_str().to_owned(),
            guard(&self.sessions.join("; ")),
            self.registered_at.clone(),
            self.checked_in_at.clone().unwrap_or_default(),
            if self.attended {
                "yes".into()
            } else {
                "no".into()
            },
            self.attendance_mode.as_str().to_owned(),
        ];
        cells.extend(self.answers.iter().map(|a| guard(a)));
        cells
    }
}

pub fn csv_chunk(
    rows: &[ExportRow],
    with_header: bool,
    columns: &AnswerColumns,
) -> Result<Bytes, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(rows.len() * 160));
    if with_header {
        writer.write_record(
            COLUMNS
                .iter()
                .copied()
                .chain(columns.headers.iter().map(String::as_str)),
        )?;
    }
    for row in rows {
        writer.write_record(row.cells())?;
    }
    writer
        .into_inner()
        .map(Bytes::from)
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// A piece of one JSON array: `[` before the first row, `,` between rows.
/// Answers are fields named by their column's header.
pub fn json_chunk(
    rows: &[ExportRow],
    first: bool,
    columns: &AnswerColumns,
) -> Result<Bytes, serde_json::Error> {
    let mut out = Vec::with_capacity(rows.len() * 300);
    for (i, row) in rows.iter().enumerate() {
        out.push(if first && i == 0 { b'[' } else { b',' });
        if columns.headers.is_empty() {
            serde_json::to_writer(&mut out, row)?;
        } else {
            let mut value = serde_json::to_value(row)?;
            if let Some(object) = value.as_object_mut() {
                for (header, answer) in columns.headers.iter().zip(&row.answers) {
                    object.insert(header.clone(), serde_json::Value::String(answer.clone()));
                }
            }
            serde_json::to_writer(&mut out, &value)?;
        }
    }
    Ok(Bytes::from(out))
}

/// An XLSX workbook written in constant memory: rows go to a temporary file
/// as they come, and the file is zipped at the end.
pub struct XlsxExport {
    workbook: Workbook,
    next_row: u32,
}

impl XlsxExport {
    pub fn new(columns: &AnswerColumns) -> Result<Self, XlsxError> {
        let mut workbook = Workbook::new();
        let bold = Format::new().set_bold();
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name("Attendees")?;
        let titles = COLUMNS
            .iter()
            .copied()
            .chain(columns.headers.iter().map(String::as_str));
        for (i, title) in titles.enumerate() {
            sheet.write_string_with_format(0, i as u16, title, &bold)?;
        }
        Ok(XlsxExport {
            workbook,
            next_row: 1,
        })
    }

    pub fn push(&mut self, rows: &[ExportRow]) -> Result<(), XlsxError> {
        let sheet = self.workbook.worksheet_from_index(0)?;
        for row in rows {
            for (i, cell) in row.cells().iter().enumerate() {
                if i == 9 {
                    sheet.write_boolean(self.next_row, i as u16, row.attended)?;
                } else if !cell.is_empty() {
                    sheet.write_string(self.next_row, i as u16, cell)?;
                }
            }
            self.next_row += 1;
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        self.workbook.save_to_buffer()
    }
}
