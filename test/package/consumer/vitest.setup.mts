// The README's vitest setup: this file is in the project's tsconfig, and importing the matchers
// here registers them at run time and declares their types for every test file.
import 'reply-lint/vitest'
