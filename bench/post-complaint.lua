-- wrk script for (b): POST a new complaint through the public API (no idempotency key, so each
-- request registers one complaint).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Api-Key"] = os.getenv("API_KEY")
wrk.body = '{"contactName":"مریم کاظمی","phone":"09123334455","email":"m@example.ir","category":"SALES",' ..
  '"satisfaction":2,"subject":"تأخیر در تحویل دستگاه",' ..
  '"description":"دستگاه سه هفته دیرتر از تاریخ قرارداد تحویل شد و برنامه بخش به هم ریخت."}'
dofile("bench/percentiles.lua")
