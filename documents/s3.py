"""Documents on S3-compatible object storage, for production (site/settings/production.py)."""

import posixpath

from django.utils.http import content_disposition_header
from storages.backends.s3 import S3Storage


class SignedDownloadStorage(S3Storage):
    """Private objects reached only by signed URLs that expire soon (`querystring_expire`),
    which the document view hands out after checking rights; the bucket is told to send
    each file as an attachment, so that no browser renders it on the bucket's origin."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        parameters = {
            "ResponseContentDisposition": content_disposition_header(
                as_attachment=True, filename=posixpath.basename(name)
            ),
            **(parameters or {}),
        }
        return super().url(name, parameters=parameters, expire=expire, http_method=http_method)
