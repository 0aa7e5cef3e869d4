#pragma once
// CsvEncodingChoice: settles the encoding of a CSV source whose URL names none, before planning
// (BackendInfo::settleSource), with EncodingDetector: a BOM or UTF-8 leaves the endpoint as it is; a
// confident guess (EncodingDetector::confidentAt) becomes its `encoding` option and a note; anything
// else fails, naming the candidates and the option. A folder's files must agree. Any thread.

#include "endpoint/endpoint.h"

#include <QCoreApplication>
#include <QStringList>

namespace barge {

class CsvEncodingChoice
{
    Q_DECLARE_TR_FUNCTIONS(barge::CsvEncodingChoice)

public:
    static bool settle(Endpoint *endpoint, QStringList *notes, QString *error);
};

} // namespace barge
