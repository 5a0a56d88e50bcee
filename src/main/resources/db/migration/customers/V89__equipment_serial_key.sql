-- A serial typed on the phone ("sn 0033 01", "SN–0033–01") finds its unit by letters and digits only
-- (issue 15 §5): serial numbers are stored in upper case with Latin digits, so the key keeps A–Z and 0–9.
CREATE INDEX equipment_serial_key_idx ON equipment (regexp_replace(serial_number, '[^A-Z0-9]', '', 'g'));
