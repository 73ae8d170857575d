// The compiled translations (.qm) are attached to this target as resources under :/i18n.
