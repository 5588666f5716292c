"""Discovery: from a portal's homepage to its annual-report column(s), their list pages and the reports.

Small modules, one concept each, mostly pure functions over decoded pages (tested on fixtures):
  page.py         decode + parse an HTML page once (links, frames, meta tags, scripts)
  columns.py      which links lead to the disclosure section, the 年报 column and its sub-columns
  pagers/         list pagination: TRS createPageHTML, Hanweb dataproxy.jsp + xxgkAnnualReport.jsp, gkmlpt JSON,
                  query-string pagers and plain 下一页 links
  classify.py     is this page an annual report? title, content, agency, year, published date
  attachments.py  files linked or embedded in a report page (PDF, DOC, …, pdf.js viewers)
  search.py       the site's own search as a fallback when no column is found
  analysis.py     analyse_html(PageJob) -> PageAnalysis: all of the above for one page, picklable (page workers)
  rank.py, render_evidence.py, requisites.py, site.py, portals.py   link priority, when to render, a report
                  page's images/CSS/fonts, a portal's site scope, the registry rows of a crawl
No Scrapy components here: the spider (crawler/spiders/portal.py) and the downloader middlewares
(crawler/downloadermiddlewares/: scope, robots.txt, budget, back-off, challenges) call these.
"""
