-- The settings the stored figures (V105) were computed under, as one text. When the application starts
-- under other settings (the minimum sample below which a person's survey figures are hidden is read at
-- start), every stored figure is marked stale and computed again: analytics/internal/FigureSettings.
CREATE TABLE analytics_figure_settings (
    name  varchar(60) PRIMARY KEY,
    value text        NOT NULL
);
