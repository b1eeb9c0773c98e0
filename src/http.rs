//! What the two HTTP doors (the API and the pages) answer alike.

use actix_web::HttpResponse;

use crate::app::export::ExportFile;

/// A file as a download that no cache keeps.
pub fn attachment(file: ExportFile) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(file.content_type)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{}\"", file.filename),
        ))
        .insert_header(("Cache-Control", "private, no-store"))
        .streaming(file.body)
}
