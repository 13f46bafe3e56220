#pragma once

#include <QJsonObject>

class Guide;

// The parsed guide as JSON, for `studyguide --dump` and for tools that check guides.
namespace GuideJson {

QJsonObject toJson(const Guide &guide);

} // namespace GuideJson
