"""Discovery: from a portal's homepage to its annual-report column(s), their list pages and the reports.

Small modules, one concept each, mostly pure functions over decoded pages (tested on fixtures):
  page.py         decode + parse an HTML page once (links, frames, meta tags, scripts)
  columns.py      which links lead to the disclosure section, the 年报 column and its sub-columns
  pagers/         list pagination: TRS createPageHTML, Hanweb dataproxy.jsp + xxgkAnnualReport.jsp, gkmlpt JSON,
                  query-string pagers and plain 下一页 links
  classify.py     is this page an annual report? title, content, agency, year, published date
  attachments.py  files linked or embedded in a report page (PDF, DOC, …, pdf.js viewers)
  search.py       the site's own search as a fallback when no column is found
The Scrapy components that call these live in crawler/downloadermiddlewares/ (scope, robots.txt, budget,
back-off, challenges), crawler/spiders/ and crawler/pipelines/.
"""
