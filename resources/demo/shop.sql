-- Barge's demo shop: four related tables with foreign keys and a few thousand rows, made
-- deterministically (no random()) so every copy of the demo is the same database.
PRAGMA foreign_keys = ON;

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  email VARCHAR(120),
  city TEXT,
  signed_up DATE NOT NULL,
  newsletter BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  sku VARCHAR(16) NOT NULL UNIQUE,
  title TEXT NOT NULL,
  price NUMERIC(10,2) NOT NULL,
  weight_kg REAL,
  notes TEXT
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  placed_at DATETIME NOT NULL,
  status VARCHAR(12) NOT NULL,
  shipping NUMERIC(8,2)
);

CREATE TABLE order_items (
  order_id INTEGER NOT NULL REFERENCES orders(id),
  line INTEGER NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL,
  unit_price NUMERIC(10,2) NOT NULL,
  PRIMARY KEY (order_id, line)
);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO customers (id, name, email, city, signed_up, newsletter)
SELECT i,
       CASE i % 7 WHEN 0 THEN 'Zoë Müller ' WHEN 1 THEN 'José Pérez ' WHEN 2 THEN 'Åsa Lindqvist '
                  WHEN 3 THEN 'O''Brien, Pat ' WHEN 4 THEN '李 小龙 ' WHEN 5 THEN 'Anna "Ann" Smith '
                  ELSE 'Customer ' END || i,
       CASE WHEN i % 11 = 0 THEN NULL ELSE 'customer' || i || '@example.com' END,
       CASE i % 5 WHEN 0 THEN 'Berlin' WHEN 1 THEN 'São Paulo' WHEN 2 THEN 'Kraków'
                  WHEN 3 THEN NULL ELSE 'New York' END,
       date('2019-01-01', '+' || ((i * 37) % 1800) || ' days'),
       i % 3 = 0
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO products (id, sku, title, price, weight_kg, notes)
SELECT i,
       printf('SKU-%05d', i * 13),
       CASE i % 4 WHEN 0 THEN 'Mug, ceramic #' WHEN 1 THEN 'Tea "Earl Grey" #' WHEN 2 THEN 'Notebook A5 #'
                  ELSE 'Café crème beans #' END || i,
       ((i * 317) % 9000) / 100.0 + 1,
       CASE WHEN i % 6 = 0 THEN NULL ELSE ((i * 53) % 2000) / 1000.0 + 0.1 END,
       CASE WHEN i % 9 = 0 THEN 'fragile' || char(10) || 'ships separately' WHEN i % 4 = 0 THEN '' ELSE NULL END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
INSERT INTO orders (id, customer_id, placed_at, status, shipping)
SELECT i,
       1 + (i * 7919) % 600,
       datetime('2021-01-01 08:00:00', '+' || (i * 2711 % 1000000) || ' minutes'),
       CASE i % 10 WHEN 0 THEN 'cancelled' WHEN 1 THEN 'pending' ELSE 'shipped' END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE ((i * 97) % 1500) / 100.0 END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 8999)
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price)
SELECT 1 + i / 3,
       1 + i % 3,
       1 + (i * 31) % 60,
       1 + (i * 17) % 5,
       (SELECT price FROM products WHERE id = 1 + (i * 31) % 60)
FROM n;
