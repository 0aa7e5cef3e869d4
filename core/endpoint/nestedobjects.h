#pragma once
// NestedObjects: how a document source (JSON Lines, JSON) treats its nested objects, the choice the
// field mapping page offers per field. By default an object's keys become columns of their own
// ("address.city", "address.zip"); an object the endpoint's option names (KindInfo::
// wholeObjectsOption, "json=address,order.customer") stays one json column with the object's JSON
// text. Plain functions over an Endpoint's options.

#include "endpoint/endpoint.h"

#include <QSet>
#include <QString>

namespace barge::NestedObjects {

// Whether the endpoint's kind has nested objects to flatten or keep.
bool offered(const Endpoint &endpoint);
// The paths of the objects kept whole ("address", "order.customer").
QSet<QString> kept(const Endpoint &endpoint);
// The same from a kind's options (the readers' spelling of kept()).
QSet<QString> keptIn(const QMap<QString, QString> &options, const QString &optionName);
// The object a flattened column came from: "order.customer" for "order.customer.name"; empty for a
// column without a parent.
QString parentOf(const QString &column);
// The endpoint with `path` kept whole (and the objects inside it no longer named on their own), or
// flattened again.
Endpoint keepingWhole(const Endpoint &endpoint, const QString &path);
Endpoint flattening(const Endpoint &endpoint, const QString &path);

} // namespace barge::NestedObjects
