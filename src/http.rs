//! What the two HTTP doors (the API and the pages) answer alike.

use std::net::{IpAddr, Ipv4Addr};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::{Error, HttpMessage, HttpRequest, HttpResponse, web};
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder};

use crate::state::AppState;

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

/// The client's address: the peer, or what a trusted proxy says it forwarded
/// for (`TRUSTED_PROXIES`).
pub fn client_ip(req: &HttpRequest) -> IpAddr {
    let peer = req
        .peer_addr()
        .map(|a| a.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    let Some(state) = req.app_data::<web::Data<AppState>>() else {
        return peer;
    };
    let text = |name: header::HeaderName| {
        let values: Vec<&str> = req
            .headers()
            .get_all(name)
            .filter_map(|v| v.to_str().ok())
            .collect();
        (!values.is_empty()).then(|| values.join(","))
    };
    state.proxies.client(
        peer,
        text(header::FORWARDED).as_deref(),
        text(header::HeaderName::from_static("x-forwarded-for")).as_deref(),
    )
}

/// The span of each request, with the client's address as `client_ip`
/// decides it (the default believes any `X-Forwarded-For`).
pub struct ClientSpan;

impl RootSpanBuilder for ClientSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let client = client_ip(request.request());
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .map(|id| id.to_string())
            .unwrap_or_default();
        tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %request.match_pattern().unwrap_or_else(|| "default".into()),
            http.target = %request.uri().path(),
            http.client_ip = %client,
            request_id = %request_id,
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}
