-- What the system told a staff member (assigned, task returned, due soon, overdue, escalated, …),
-- shown in the in-app list. Staff and cases belong to other modules and are referred to by id.
-- params: the text's parameters as the event gave them (names, dates in ISO form, message keys);
-- they are put into words only when shown, in the reader's language.
CREATE TABLE staff_notification (
    id            BIGSERIAL    PRIMARY KEY,
    staff_id      BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    case_id       BIGINT       NOT NULL,
    tracking_code VARCHAR(12)  NOT NULL,
    -- What tells this event apart from other events of its kind on the case (assignment id,
    -- milestone and due time, …): a redelivered event finds its row and adds none.
    event_key     VARCHAR(100) NOT NULL,
    params        TEXT[]       NOT NULL DEFAULT '{}',
    created_at    TIMESTAMPTZ  NOT NULL,
    read_at       TIMESTAMPTZ,
    CONSTRAINT staff_notification_once UNIQUE (kind, case_id, event_key, staff_id)
);
-- The list, newest first, and the unread count in the navigation bar on every page.
CREATE INDEX staff_notification_list_idx ON staff_notification (staff_id, created_at DESC, id DESC);
CREATE INDEX staff_notification_unread_idx ON staff_notification (staff_id) WHERE read_at IS NULL;

-- The kinds of notification a staff member does not want by mail (default: every kind is mailed).
-- Escalations are always mailed, whatever is stored here.
CREATE TABLE notification_mail_off (
    staff_id BIGINT      NOT NULL,
    kind     VARCHAR(30) NOT NULL,
    PRIMARY KEY (staff_id, kind)
);
