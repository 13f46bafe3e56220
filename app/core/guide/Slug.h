#pragma once

#include <QString>

// Text helpers for ids and titles derived from names and headings.
namespace Slug {

// "Lists, Tuples & Sets!" -> "lists-tuples-sets"; keeps letters and digits of any script.
QString fromText(const QString &text, int maximumLength = 80);

// The anchor GitHub gives a heading whose text is TEXT, before duplicates are numbered: lower
// case; every character that is not a letter, a mark, a decimal or letter number, a connector
// ('_'), '-' or a space dropped; then each space becomes '-'. "Lists, Tuples & Sets!" ->
// "lists-tuples--sets"; "🚀 Launch" -> "-launch". May be empty.
QString githubAnchor(const QString &text);

// Splits "02-core-concepts" into 2 and "core-concepts"; returns -1 when there is no numeric prefix.
int numericPrefix(const QString &name, QString *rest = nullptr);

// "02-core_concepts.md" -> "Core concepts"
QString titleFromFileName(const QString &name);

} // namespace Slug
