#pragma once

#include <QtGlobal>

class FileStore;
class SandboxExchange;

// /v1/files and /v1/uploads: uploads, lists, content and resumable uploads in parts, with
// OpenAI's limits and error messages.
class FilesEndpoints
{
public:
    static constexpr qint64 maximumFileBytes = 512ll * 1024 * 1024;
    static constexpr qint64 maximumUploadBytes = 8ll * 1024 * 1024 * 1024;
    static constexpr qint64 maximumPartBytes = 64ll * 1024 * 1024;

    explicit FilesEndpoints(FileStore &files);

    // False when the path is not one of its own.
    bool handle(SandboxExchange &exchange);

private:
    bool handleFiles(SandboxExchange &exchange);
    bool handleUploads(SandboxExchange &exchange);
    void createFile(SandboxExchange &exchange);
    void listFiles(SandboxExchange &exchange);
    void createUpload(SandboxExchange &exchange);
    void addPart(SandboxExchange &exchange);
    void completeUpload(SandboxExchange &exchange);
    void cancelUpload(SandboxExchange &exchange);

    FileStore &m_files;
};
