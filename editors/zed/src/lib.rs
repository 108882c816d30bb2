//! reply-lint in Zed: starts `reply-lint-language-server` (found on the worktree's PATH, or the
//! `lsp.reply-lint.binary.path` setting) and hands it the `lsp.reply-lint` settings.
use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

const SERVER: &str = "reply-lint-language-server";

struct ReplyLint;

impl zed::Extension for ReplyLint {
    fn new() -> Self {
        ReplyLint
    }

    fn language_server_command(
        &mut self,
        server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let configured = LspSettings::for_worktree(server_id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.binary)
            .and_then(|binary| binary.path);
        let command = configured
            .or_else(|| worktree.which(SERVER))
            .ok_or_else(|| format!("{SERVER} is not on the PATH: npm install --global reply-lint"))?;
        Ok(zed::Command {
            command,
            args: vec!["--stdio".to_string()],
            env: worktree.shell_env(),
        })
    }

    /// `lsp.reply-lint.initialization_options`, e.g. `{ "context": { "fulfillment": "seller" } }`.
    fn language_server_initialization_options(
        &mut self,
        server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree(server_id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.initialization_options))
    }

    /// `lsp.reply-lint.settings`, what the server reads as its `reply-lint` section.
    fn language_server_workspace_configuration(
        &mut self,
        server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree(server_id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.settings)
            .map(|settings| serde_json::json!({ "reply-lint": settings })))
    }
}

zed::register_extension!(ReplyLint);
