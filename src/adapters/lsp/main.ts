#!/usr/bin/env node
/**
 * The `reply-lint-language-server` command: reply-lint as a language server over standard input
 * and output, for VS Code, Neovim, Helix, Zed and any other editor that speaks the protocol.
 */
import { startLanguageServer } from './stdio.js'

startLanguageServer()
