-- wrk script for (c): GET of the inbox page (the URL and the session cookie are given on the command line).
dofile("bench/percentiles.lua")
