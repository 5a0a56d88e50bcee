-- Official Iranian public holidays for the Jalali years 1404 and 1405 (Gregorian ISO dates).
-- The holiday table is created in V2; an administrator can edit these rows later.
--
-- Solar (fixed) holidays: 1-4 Farvardin, 12 and 13 Farvardin, 14 and 15 Khordad, 22 Bahman,
-- 29 Esfand. Lunar holidays move about 11 days earlier each year. Where two holidays fall on the
-- same day (day is unique) they share one row with both names.
--
-- 1404 lunar dates follow the official calendar of 1404 as best known. 1405 lunar dates are
-- COMPUTED with ICU4J IslamicCalendar (umalqura variant) and not yet checked against the
-- official calendar of 1405 published by the University of Tehran's Institute of Geophysics;
-- Iran's crescent-sighting dates may be one day later. Please verify before relying on them.
-- 8 Rabi' al-Awwal (martyrdom of Imam Hasan al-Askari) is also an official holiday and included.

INSERT INTO holiday (day, name_fa, name_en) VALUES
-- 1404 -------------------------------------------------------------------------------------
('2025-03-21', 'عید نوروز', 'Nowruz'),                                                          -- 1404/01/01
('2025-03-22', 'عید نوروز؛ شهادت حضرت علی (ع)', 'Nowruz; martyrdom of Imam Ali'),             -- 1404/01/02 (21 Ramadan 1446)
('2025-03-23', 'عید نوروز', 'Nowruz'),                                                          -- 1404/01/03
('2025-03-24', 'عید نوروز', 'Nowruz'),                                                          -- 1404/01/04
('2025-03-31', 'عید سعید فطر', 'Eid al-Fitr'),                                                  -- 1404/01/11 (1 Shawwal 1446)
('2025-04-01', 'روز جمهوری اسلامی؛ تعطیل به مناسبت عید فطر', 'Islamic Republic Day; day after Eid al-Fitr'), -- 1404/01/12
('2025-04-02', 'روز طبیعت', 'Nature Day'),                                                      -- 1404/01/13
('2025-04-24', 'شهادت امام جعفر صادق (ع)', 'Martyrdom of Imam Sadegh'),                        -- 1404/02/04 (25 Shawwal)
('2025-06-04', 'رحلت امام خمینی', 'Passing of Imam Khomeini'),                                  -- 1404/03/14
('2025-06-05', 'قیام ۱۵ خرداد', '15 Khordad uprising'),                                         -- 1404/03/15
('2025-06-06', 'عید سعید قربان', 'Eid al-Adha'),                                                -- 1404/03/16 (10 Dhu al-Hijjah)
('2025-06-14', 'عید سعید غدیر خم', 'Eid al-Ghadir'),                                            -- 1404/03/24 (18 Dhu al-Hijjah)
('2025-07-05', 'تاسوعای حسینی', 'Tasua'),                                                       -- 1404/04/14 (9 Muharram 1447)
('2025-07-06', 'عاشورای حسینی', 'Ashura'),                                                      -- 1404/04/15
('2025-08-14', 'اربعین حسینی', 'Arbaeen'),                                                      -- 1404/05/23 (20 Safar)
('2025-08-22', 'رحلت رسول اکرم (ص)؛ شهادت امام حسن مجتبی (ع)', 'Passing of the Prophet; martyrdom of Imam Hasan'), -- 1404/05/31 (28 Safar)
('2025-08-24', 'شهادت امام رضا (ع)', 'Martyrdom of Imam Reza'),                                 -- 1404/06/02 (last day of Safar)
('2025-09-01', 'شهادت امام حسن عسکری (ع)', 'Martyrdom of Imam Hasan al-Askari'),               -- 1404/06/10 (8 Rabi al-Awwal)
('2025-09-10', 'میلاد رسول اکرم (ص) و امام جعفر صادق (ع)', 'Birthday of the Prophet and Imam Sadegh'), -- 1404/06/19 (17 Rabi al-Awwal)
('2025-11-24', 'شهادت حضرت فاطمه زهرا (س)', 'Martyrdom of Fatima'),                             -- 1404/09/03 (3 Jumada al-Thani)
('2026-01-03', 'ولادت امام علی (ع)', 'Birthday of Imam Ali'),                                   -- 1404/10/13 (13 Rajab)
('2026-01-17', 'مبعث رسول اکرم (ص)', 'Mab''ath'),                                              -- 1404/10/27 (27 Rajab)
('2026-02-04', 'ولادت حضرت قائم (عج)', 'Birthday of Imam Mahdi'),                              -- 1404/11/15 (15 Sha'ban)
('2026-02-11', 'پیروزی انقلاب اسلامی', 'Islamic Revolution Day'),                               -- 1404/11/22
('2026-03-11', 'شهادت حضرت علی (ع)', 'Martyrdom of Imam Ali'),                                  -- 1404/12/20 (21 Ramadan 1447; umalqura gives 12/19)
('2026-03-20', 'روز ملی شدن صنعت نفت', 'Oil Nationalisation Day'),                              -- 1404/12/29 (Eid al-Fitr 1447 falls on 12/29 or 1405/01/01)
-- 1405 (lunar dates computed, see header) -----------------------------------------------------
('2026-03-21', 'عید نوروز؛ عید سعید فطر', 'Nowruz; Eid al-Fitr'),                              -- 1405/01/01 (1 or 2 Shawwal 1447)
('2026-03-22', 'عید نوروز', 'Nowruz'),                                                          -- 1405/01/02
('2026-03-23', 'عید نوروز', 'Nowruz'),                                                          -- 1405/01/03
('2026-03-24', 'عید نوروز', 'Nowruz'),                                                          -- 1405/01/04
('2026-04-01', 'روز جمهوری اسلامی', 'Islamic Republic Day'),                                    -- 1405/01/12
('2026-04-02', 'روز طبیعت', 'Nature Day'),                                                      -- 1405/01/13
('2026-04-13', 'شهادت امام جعفر صادق (ع)', 'Martyrdom of Imam Sadegh'),                        -- 1405/01/24 (25 Shawwal 1447)
('2026-05-27', 'عید سعید قربان', 'Eid al-Adha'),                                                -- 1405/03/06 (10 Dhu al-Hijjah)
('2026-06-04', 'رحلت امام خمینی؛ عید سعید غدیر خم', 'Passing of Imam Khomeini; Eid al-Ghadir'), -- 1405/03/14 (18 Dhu al-Hijjah)
('2026-06-05', 'قیام ۱۵ خرداد', '15 Khordad uprising'),                                         -- 1405/03/15
('2026-06-24', 'تاسوعای حسینی', 'Tasua'),                                                       -- 1405/04/03 (9 Muharram 1448)
('2026-06-25', 'عاشورای حسینی', 'Ashura'),                                                      -- 1405/04/04
('2026-08-03', 'اربعین حسینی', 'Arbaeen'),                                                      -- 1405/05/12 (20 Safar)
('2026-08-11', 'رحلت رسول اکرم (ص)؛ شهادت امام حسن مجتبی (ع)', 'Passing of the Prophet; martyrdom of Imam Hasan'), -- 1405/05/20 (28 Safar)
('2026-08-13', 'شهادت امام رضا (ع)', 'Martyrdom of Imam Reza'),                                 -- 1405/05/22 (30 Safar)
('2026-08-21', 'شهادت امام حسن عسکری (ع)', 'Martyrdom of Imam Hasan al-Askari'),               -- 1405/05/30 (8 Rabi al-Awwal)
('2026-08-30', 'میلاد رسول اکرم (ص) و امام جعفر صادق (ع)', 'Birthday of the Prophet and Imam Sadegh'), -- 1405/06/08 (17 Rabi al-Awwal)
('2026-11-13', 'شهادت حضرت فاطمه زهرا (س)', 'Martyrdom of Fatima'),                             -- 1405/08/22 (3 Jumada al-Thani)
('2026-12-22', 'ولادت امام علی (ع)', 'Birthday of Imam Ali'),                                   -- 1405/10/01 (13 Rajab)
('2027-01-05', 'مبعث رسول اکرم (ص)', 'Mab''ath'),                                              -- 1405/10/15 (27 Rajab)
('2027-01-23', 'ولادت حضرت قائم (عج)', 'Birthday of Imam Mahdi'),                              -- 1405/11/03 (15 Sha'ban)
('2027-02-11', 'پیروزی انقلاب اسلامی', 'Islamic Revolution Day'),                               -- 1405/11/22
('2027-02-28', 'شهادت حضرت علی (ع)', 'Martyrdom of Imam Ali'),                                  -- 1405/12/09 (21 Ramadan 1448)
('2027-03-09', 'عید سعید فطر', 'Eid al-Fitr'),                                                  -- 1405/12/18 (1 Shawwal 1448)
('2027-03-10', 'تعطیل به مناسبت عید فطر', 'Day after Eid al-Fitr'),                             -- 1405/12/19
('2027-03-20', 'روز ملی شدن صنعت نفت', 'Oil Nationalisation Day');                              -- 1405/12/29
