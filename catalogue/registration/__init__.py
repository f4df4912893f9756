"""Registration to training sessions: the rules (services), the mails, the public pages."""
