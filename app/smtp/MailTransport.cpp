// MailTransport::create: the one place that knows which transport a RelayConfig means.
#include "smtp/MailTransport.h"

#include "smtp/OutboxTransport.h"
#include "smtp/SmtpTransport.h"

std::unique_ptr<MailTransport> MailTransport::create(const RelayConfig& config)
{
    if (config.kind == RelayConfig::Kind::Outbox) {
        return std::make_unique<OutboxTransport>(config);
    }
    return std::make_unique<SmtpTransport>(config);
}
