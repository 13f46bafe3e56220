#pragma once

// The version of the progress database's schema, apart from the store, so that backups can check
// a file without depending on the store that writes it.
namespace ProgressSchema {
constexpr int version = 6;
} // namespace ProgressSchema
