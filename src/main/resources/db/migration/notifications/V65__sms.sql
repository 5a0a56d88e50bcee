-- Every SMS the system sends to a customer, from the moment it is asked for until the network says
-- it arrived. The row is written (with its idempotency key) before the gateway is called, so a
-- listener run twice finds it and adds none, and a send is claimed (QUEUED -> SENDING) by exactly
-- one node before it goes out.
--   state: QUEUED (waiting for its next attempt), SENDING (handed to the gateway, answer not yet
--          recorded), SENT (the gateway took it, gateway_message_id kept), LOGGED (no gateway: written
--          to the log only), FAILED (refused, or given up after the last attempt), UNCERTAIN (a send
--          whose answer was lost and that the gateway cannot look up: never sent again).
--   delivery: PENDING / DELIVERED / UNDELIVERED as the gateway's delivery report says.
CREATE TABLE sms_message (
    id                 BIGSERIAL    PRIMARY KEY,
    idempotency_key    VARCHAR(200) NOT NULL UNIQUE,
    complaint_id       BIGINT,
    phone              VARCHAR(20)  NOT NULL,
    text               TEXT         NOT NULL,
    parts              INT          NOT NULL,
    state              VARCHAR(12)  NOT NULL,
    attempts           INT          NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMPTZ  NOT NULL,
    gateway            VARCHAR(12),
    gateway_message_id VARCHAR(60),
    last_error         VARCHAR(500),
    delivery           VARCHAR(12)  NOT NULL DEFAULT 'PENDING',
    delivery_checked_at TIMESTAMPTZ,
    created_at         TIMESTAMPTZ  NOT NULL,
    sent_at            TIMESTAMPTZ,
    delivered_at       TIMESTAMPTZ
);
CREATE INDEX sms_message_complaint_idx ON sms_message (complaint_id, created_at) WHERE complaint_id IS NOT NULL;
-- The delivery report job's work list: sent messages whose fate is still open.
CREATE INDEX sms_message_report_idx ON sms_message (sent_at) WHERE state = 'SENT' AND delivery = 'PENDING';

-- The gateway the administrator chose (one row). Without a row, the environment's settings apply
-- (shenava.sms.*), and without those the logging adapter. The API key is stored encrypted
-- (AES-GCM, see SmsSettings) and never shown back on the page.
CREATE TABLE sms_settings (
    id             INT          PRIMARY KEY CHECK (id = 1),
    provider       VARCHAR(12)  NOT NULL,
    api_key        TEXT,
    sender_line    VARCHAR(30),
    base_url       VARCHAR(255),
    price_per_part INT          NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ  NOT NULL
);
