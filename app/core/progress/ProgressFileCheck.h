#pragma once

#include <QString>

// What a progress file on disk is, decided without changing a byte of it, so that the store
// can tell a damaged file (to be moved aside and recovered) from one that is merely not ours
// or from a newer version (to be left exactly as it is).
//
// Damaged means: not an SQLite file at all (overwritten), or an SQLite file that fails SQLite's
// own consistency check (truncated, torn), or one that claims to be a progress file of a
// version we know but lacks that version's tables. A sound SQLite file with no user_version and
// tables of its own belongs to someone else: Foreign, never touched.
class ProgressFileCheck
{
public:
    enum class Verdict {
        Missing, // no file: a fresh store will be created
        // Zero bytes, or a database without a single table: nothing to lose, but a truncated file
        // (or one whose log was lost) looks like this too.
        Empty,
        Sound, // ours, consistent
        Damaged,
        Foreign, // a sound SQLite database of another program
        Newer, // ours, written by a newer version
        Unreadable, // cannot be read now (permissions, locks): not evidence of damage
    };
    struct Result
    {
        Verdict verdict = Verdict::Missing;
        int version = 0; // PRAGMA user_version, when it could be read
        QString detail; // why it is damaged or unreadable, for logs and messages
    };

    // THOROUGH runs integrity_check instead of the faster quick_check (for backups, which are
    // small and must be right). Safe on any thread: it uses a connection of its own.
    static Result inspect(const QString &path, int currentVersion, bool thorough = false);

    // The tables each schema version must have.
    static QStringList requiredTables(int version);
};
