-- The first questionnaire, published, so the first call works without setup. The quality manager
-- edits a copy (a new draft version) on /questionnaires.
INSERT INTO questionnaire (version, title_fa, title_en, threshold, status, published_at, created_at)
VALUES (1, 'پیگیری یک هفته پس از نصب، راه‌اندازی و آموزش', 'Follow-up a week after installation, commissioning and training',
        2, 'PUBLISHED', now(), now());

INSERT INTO survey_question (questionnaire_id, position, code, section, type, text_fa, text_en, options_fa, options_en, allows_na, required)
SELECT q.id, v.position, v.code, v.section, v.type, v.text_fa, v.text_en, v.options_fa, v.options_en, v.allows_na, v.required
FROM questionnaire q, (VALUES
 (1, 'STAFF_CONDUCT', 'STAFF_BEHAVIOUR', 'SCALE',
  'از نحوه برخورد و رفتار کارکنان ما (فروش، نصب و پشتیبانی) چقدر راضی بودید؟',
  'How satisfied were you with the conduct of our staff (sales, installation, support)?', NULL, NULL, FALSE, TRUE),
 (2, 'SALES_PROCESS', 'SALES', 'SCALE',
  'از فرآیند فروش، یعنی مشاوره، قرارداد، قیمت و زمان تحویل، چقدر راضی بودید؟',
  'How satisfied were you with the sales process: advice, contract, price and delivery time?', NULL, NULL, TRUE, TRUE),
 (3, 'INSTALLATION', 'INSTALLATION_TRAINING', 'SCALE',
  'از نصب و راه‌اندازی دستگاه چقدر راضی بودید؟',
  'How satisfied were you with the installation and commissioning of the equipment?', NULL, NULL, FALSE, TRUE),
 (4, 'TRAINING', 'INSTALLATION_TRAINING', 'SCALE',
  'آموزشی که به کارکنان شما داده شد چقدر کافی و مفید بود؟',
  'How adequate and useful was the training given to your staff?', NULL, NULL, TRUE, TRUE),
 (5, 'SUPPORT_CONTACT', 'AFTER_SALES', 'SCALE',
  'از دسترسی به پشتیبانی و خدمات پس از فروش تا امروز چقدر راضی بودید؟',
  'How satisfied have you been with reaching our support and after-sales service so far?', NULL, NULL, TRUE, TRUE),
 (6, 'OVERALL', 'OVERALL', 'SCALE',
  'در مجموع از خرید و خدمات ما چقدر راضی هستید؟',
  'Overall, how satisfied are you with your purchase and our service?', NULL, NULL, FALSE, FALSE),
 (7, 'RECOMMEND', 'OVERALL', 'RECOMMEND',
  'از ۰ تا ۱۰، چقدر احتمال دارد ما را به همکاران خود معرفی کنید؟',
  'From 0 to 10, how likely are you to recommend us to a colleague?', NULL, NULL, FALSE, FALSE),
 (8, 'CUSTOMER_WORDS', 'OVERALL', 'TEXT',
  'اگر نکته یا پیشنهادی دارید بفرمایید.',
  'Is there anything else you would like to tell us?', NULL, NULL, FALSE, FALSE)
) AS v(position, code, section, type, text_fa, text_en, options_fa, options_en, allows_na, required)
WHERE q.version = 1;
