-- The catalogue of dissatisfaction reasons (policy 5): two levels, area → reason, with stable codes.
-- Callers code the reasons of a dissatisfied survey answer, case owners the root cause of a closed
-- case; the quarterly evaluation counts both. A used reason is deactivated, never deleted.

CREATE TABLE dissatisfaction_area (
    code     VARCHAR(40)  PRIMARY KEY,
    name_fa  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    position INT          NOT NULL
);

CREATE TABLE dissatisfaction_reason (
    code      VARCHAR(60)  PRIMARY KEY,
    area_code VARCHAR(40)  NOT NULL REFERENCES dissatisfaction_area (code),
    name_fa   VARCHAR(200) NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    position  INT          NOT NULL
);
CREATE INDEX dissatisfaction_reason_area_idx ON dissatisfaction_reason (area_code, position);

-- Each time a reason was coded: source SURVEY (source_id = survey) or CASE (source_id = case).
-- Recording the same source again replaces its reasons (a reopened case closed once more).
CREATE TABLE dissatisfaction_reason_use (
    source      VARCHAR(10) NOT NULL CHECK (source IN ('SURVEY', 'CASE')),
    source_id   BIGINT      NOT NULL,
    reason_code VARCHAR(60) NOT NULL REFERENCES dissatisfaction_reason (code),
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, source_id, reason_code)
);
CREATE INDEX dissatisfaction_reason_use_time_idx ON dissatisfaction_reason_use (recorded_at, reason_code);

INSERT INTO dissatisfaction_area (code, name_fa, name_en, position) VALUES
 ('STAFF_BEHAVIOUR',       'نحوه برخورد کارکنان',            'Staff behaviour',                    1),
 ('SALES',                 'فرآیند فروش',                    'Sales process',                      2),
 ('INSTALLATION_TRAINING', 'نصب، راه‌اندازی و آموزش',         'Installation, commissioning, training', 3),
 ('AFTER_SALES',           'خدمات پس از فروش و پشتیبانی',     'After-sales service and support',    4),
 ('PRODUCT',               'کیفیت دستگاه',                   'Product quality',                    5),
 ('OTHER',                 'سایر',                           'Other',                              6);

INSERT INTO dissatisfaction_reason (code, area_code, name_fa, name_en, position) VALUES
 ('STAFF.DISCOURTEOUS',        'STAFF_BEHAVIOUR', 'برخورد نامناسب یا بی‌احترامی',           'Discourteous or disrespectful',        1),
 ('STAFF.UNRESPONSIVE',        'STAFF_BEHAVIOUR', 'پاسخ ندادن به تماس یا پیام',             'Calls or messages not answered',       2),
 ('STAFF.UNPUNCTUAL',          'STAFF_BEHAVIOUR', 'بدقولی و حاضر نشدن سر وقت',              'Late or missed appointments',          3),
 ('STAFF.UNPROFESSIONAL',      'STAFF_BEHAVIOUR', 'رفتار غیرحرفه‌ای در محل مشتری',          'Unprofessional conduct on site',       4),
 ('SALES.WRONG_INFO',          'SALES',           'اطلاعات نادرست یا ناقص پیش از خرید',     'Wrong or incomplete information before purchase', 1),
 ('SALES.DELIVERY_LATE',       'SALES',           'تأخیر در تحویل',                         'Late delivery',                        2),
 ('SALES.PRICE_TERMS',         'SALES',           'قیمت یا شرایط پرداخت',                  'Price or payment terms',               3),
 ('SALES.CONTRACT_MISMATCH',   'SALES',           'مغایرت با قرارداد یا پیش‌فاکتور',       'Not as in the contract or quotation',  4),
 ('SALES.PAPERWORK',           'SALES',           'اشکال در فاکتور و مدارک',                'Invoice or paperwork problems',        5),
 ('INST.LATE',                 'INSTALLATION_TRAINING', 'تأخیر در نصب و راه‌اندازی',          'Installation delayed',                 1),
 ('INST.QUALITY',              'INSTALLATION_TRAINING', 'کیفیت نامناسب نصب',                  'Poor installation work',               2),
 ('INST.INCOMPLETE',           'INSTALLATION_TRAINING', 'راه‌اندازی ناقص یا تنظیم نشده',      'Commissioning incomplete',             3),
 ('INST.TRAINING_SHORT',       'INSTALLATION_TRAINING', 'آموزش ناکافی کارکنان',               'Training too short or incomplete',     4),
 ('INST.NO_DOCUMENTS',         'INSTALLATION_TRAINING', 'تحویل ندادن مدارک و دستورالعمل',     'Manuals or documents not handed over', 5),
 ('INST.SITE_LEFT_DIRTY',      'INSTALLATION_TRAINING', 'رها کردن محل کار نامرتب',            'Site left untidy',                     6),
 ('AFTER.SLOW_RESPONSE',       'AFTER_SALES',     'دیر پاسخ دادن به درخواست خدمات',         'Slow response to service requests',    1),
 ('AFTER.REPEAT_FAULT',        'AFTER_SALES',     'تکرار خرابی پس از تعمیر',                'Fault came back after repair',         2),
 ('AFTER.SPARE_PARTS',         'AFTER_SALES',     'نبود یا گرانی قطعات یدکی',               'Spare parts missing or costly',        3),
 ('AFTER.WARRANTY',            'AFTER_SALES',     'انجام ندادن تعهدات گارانتی',             'Warranty not honoured',                4),
 ('AFTER.PHONE_SUPPORT',       'AFTER_SALES',     'پشتیبانی تلفنی ناکافی',                  'Poor phone support',                   5),
 ('PRODUCT.DEFECT',            'PRODUCT',         'خرابی یا عیب دستگاه',                    'Defective unit',                       1),
 ('PRODUCT.PERFORMANCE',       'PRODUCT',         'عملکرد کمتر از انتظار',                  'Performance below expectations',       2),
 ('PRODUCT.USABILITY',         'PRODUCT',         'دشواری کار با دستگاه',                   'Hard to use',                          3),
 ('OTHER.OTHER',               'OTHER',           'سایر موارد',                             'Other',                                1);
