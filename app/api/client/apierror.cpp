#include "apierror.h"

#include "requestlog.h"

#include <QStringList>

ApiError ApiError::make(Kind kind, const QString &details)
{
    ApiError error;
    error.kind = kind;
    error.userMessage = messageFor(kind);
    error.details = details;
    return error;
}

QString ApiError::messageFor(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidKey:
        return tr("The provider did not accept your API key. It may be mistyped, revoked or "
                  "belong to another account: check it in Settings.");
    case Kind::PermissionDenied:
        return tr("Your account is not allowed to do this. Check that the key belongs to the "
                  "right organisation or project and has the permissions needed.");
    case Kind::FineTuningClosed:
        return tr("OpenAI did not start this fine-tune: it now accepts new jobs only from "
                  "organisations that already fine-tune, and none after 6 January 2027. Models "
                  "you already tuned keep answering. To train, add a Together AI profile (or "
                  "another provider) in Settings and start the job there: your dataset works "
                  "unchanged.");
    case Kind::QuotaExhausted:
        return tr("Your account has run out of credit or reached its spending limit. Add "
                  "credit or raise the limit on the provider's website, then try again.");
    case Kind::RateLimited:
        return tr("The provider is receiving too many requests from your account right now. "
                  "Wait a minute, then try again.");
    case Kind::FileRejected:
        return tr("The provider did not accept the file. Check that it is a training file in "
                  "the expected format (run \"Check dataset\"), then upload it again.");
    case Kind::InvalidRequest:
        return tr("The provider refused the request. The details say which setting it did "
                  "not accept.");
    case Kind::NotFound:
        return tr("The provider could not find what was asked for. It may have been deleted.");
    case Kind::ModelNotFound:
        return tr("The provider does not know this model, or your account cannot use it. "
                  "Choose another model.");
    case Kind::NetworkDown:
        return tr("Could not reach the provider. Check your internet connection and the "
                  "address in Settings, then try again.");
    case Kind::Timeout:
        return tr("The provider took too long to answer. Try again; if it keeps happening, "
                  "the service may be overloaded.");
    case Kind::Tls:
        return tr("The secure connection to the provider could not be verified, so nothing "
                  "was sent. Check the address and your computer's date and time; a proxy or "
                  "firewall may be interfering.");
    case Kind::ServerError:
        return tr("The provider had a problem on its side. Try again in a few minutes.");
    case Kind::Interrupted:
        return tr("The connection broke before the whole answer arrived. Try again.");
    case Kind::StreamCut:
        return tr("The answer was cut off before it finished. What arrived is kept; try again "
                  "for a complete answer.");
    case Kind::BadResponse:
        return tr("The provider sent an answer Ajuste could not read. Try again; if it keeps "
                  "happening, check the address in Settings.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::InsecureAddress:
        return tr("This address is not encrypted (it starts with http://), so Ajuste will not "
                  "send anything to it. Use an https:// address; only servers on this computer "
                  "may use http://.");
    case Kind::Unsupported:
        return tr("This provider does not offer this.");
    case Kind::LocalFile:
        return tr("Ajuste could not read the file on this computer. Check that it still exists "
                  "and that you are allowed to open it.");
    case Kind::MissingKey:
        return tr("There is no API key for this provider. Add it in Settings, Providers, then "
                  "try again.");
    case Kind::LocalService:
        return tr("Ajuste could not start the offline Sandbox. Try again; if it keeps "
                  "happening, reinstall Ajuste or choose another provider in Settings.");
    case Kind::NoProfile:
        return tr("This provider is no longer set up in Ajuste. Choose another one, or add it "
                  "again in Settings.");
    case Kind::KeychainLocked:
        return tr("Ajuste could not read the API key from the system keychain (it may be "
                  "locked or not answering). Unlock it, or type the key again in Settings; it "
                  "is then kept until you quit.");
    }
    return {};
}

QString ApiError::kindId(Kind kind)
{
    static const char *const ids[] = {
        "none", "invalid_key", "permission_denied", "fine_tuning_closed", "quota_exhausted",
        "rate_limited", "file_rejected", "invalid_request", "not_found", "model_not_found",
        "network_down", "timeout", "tls", "server_error", "interrupted", "stream_cut",
        "bad_response", "cancelled", "insecure_address", "unsupported", "local_file",
        "missing_key", "local_service", "no_profile", "keychain_locked",
    };
    return QString::fromLatin1(ids[int(kind)]);
}

QString ApiError::detailsText() const
{
    QStringList parts;
    if (httpStatus > 0)
        parts.append(tr("HTTP %1").arg(httpStatus));
    if (!requestId.isEmpty())
        parts.append(tr("request %1").arg(requestId));
    if (!code.isEmpty())
        parts.append(code);
    if (!details.isEmpty())
        parts.append(details);
    return parts.join(QStringLiteral(" · "));
}

void ApiError::redact(const QString &secret)
{
    for (QString *text : {&userMessage, &details, &requestId, &code})
        *text = RequestLog::redact(*text, secret);
}
