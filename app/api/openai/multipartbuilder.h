#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QHttpMultiPart;
class QIODevice;

// Builds multipart/form-data bodies for uploads: text fields and one file field whose content
// streams from a device (opened here; owned by the multipart).
namespace MultipartBuilder {
QHttpMultiPart *create();
void addField(QHttpMultiPart *multipart, const QByteArray &name, const QByteArray &value);
// False when the device could not be opened.
bool addFile(QHttpMultiPart *multipart, const QByteArray &name, const QString &fileName,
             QIODevice *device, const QByteArray &contentType = "application/octet-stream");
} // namespace MultipartBuilder
