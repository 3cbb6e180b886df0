"""Excel workbooks: a stakeholder-ready export and a forgiving import of existing RACI sheets."""
