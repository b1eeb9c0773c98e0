//! Checks shared by every free-text field.

/// A one-line value (a name, a title): trimmed, non-empty, no control characters.
pub fn line(value: &str, max_chars: usize) -> Result<String, String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err("must not be empty".into());
    }
    if trimmed.chars().count() > max_chars {
        return Err(format!("must be at most {max_chars} characters"));
    }
    if trimmed.chars().any(char::is_control) {
        return Err("must not contain control characters".into());
    }
    if trimmed.chars().any(is_bidi_control) {
        return Err("must not contain text-direction control characters".into());
    }
    Ok(trimmed.to_owned())
}

/// Direction overrides make a name display as something else ("Trojan source").
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// An optional one-line value: blank means absent.
pub fn optional_line(value: Option<&str>, max_chars: usize) -> Result<Option<String>, String> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => line(v, max_chars).map(Some),
    }
}

/// Optional prose: blank means absent.
pub fn optional_prose(value: Option<&str>, max_chars: usize) -> Result<Option<String>, String> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => prose(v, max_chars).map(Some),
    }
}

/// Multi-line prose (a description): newlines and tabs allowed, other control
/// characters refused (PostgreSQL cannot store NUL in text at all). Line
/// endings are kept as `\n` whatever the browser sent (forms post CRLF).
pub fn prose(value: &str, max_chars: usize) -> Result<String, String> {
    let value = &value.replace("\r\n", "\n").replace('\r', "\n");
    if value.chars().count() > max_chars {
        return Err(format!("must be at most {max_chars} characters"));
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err("must not contain control characters".into());
    }
    Ok(value.trim().to_owned())
}

/// The paragraphs of prose: blocks between blank lines, each trimmed, with
/// any line ending (a description stored before endings were kept as `\n`
/// may hold CRLF).
pub fn paragraphs(prose: &str) -> Vec<String> {
    let text = prose.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n").trim().to_owned());
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n").trim().to_owned());
    }
    out
}

/// An absolute http(s) address, e.g. a join link or a recording.
pub fn web_url(value: &str) -> Result<String, String> {
    let value = line(value, 2000)?;
    match url::Url::parse(&value) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(value),
        _ => Err("must be an absolute http or https URL".into()),
    }
}

pub fn optional_web_url(value: Option<&str>) -> Result<Option<String>, String> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => web_url(v).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_survive_any_line_ending() -> Result<(), Box<dyn std::error::Error>> {
        let typed = "First line\r\nstill first.\r\n\r\nSecond.\r\n \r\n\r\nThird.";
        assert_eq!(
            paragraphs(typed),
            ["First line\nstill first.", "Second.", "Third."]
        );
        assert_eq!(paragraphs("One.\n\nTwo."), ["One.", "Two."]);
        assert_eq!(paragraphs("Old\rMac\r\rText"), ["Old\nMac", "Text"]);
        assert!(paragraphs("  \r\n ").is_empty());
        assert_eq!(prose("a\r\n\r\nb", 100)?, "a\n\nb");
        Ok(())
    }

    #[test]
    fn line_trims_and_refuses_control_characters() {
        assert_eq!(line("  Ana  ", 10).as_deref(), Ok("Ana"));
        assert!(line("a\0b", 10).is_err());
        assert!(line("   ", 10).is_err());
        assert!(line("ééééé", 4).is_err());
        assert_eq!(line("日本語😀", 4).as_deref(), Ok("日本語😀"));
        assert!(line("evil\u{202E}gpj.exe", 40).is_err());
    }

    #[test]
    fn urls_must_be_web_addresses() {
        assert!(web_url("https://meet.example.org/j/1").is_ok());
        assert!(web_url("javascript:alert(1)").is_err());
        assert!(web_url("ftp://x.org").is_err());
        assert!(web_url("not a url").is_err());
    }
}
