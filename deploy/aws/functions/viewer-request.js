// CloudFront Function (runtime cloudfront-js-2.0), viewer-request event.
// Terraform fills in BASE with var.course_base (templatefile in cloudfront.tf).
//
// Astro builds every page as <path>/index.html and links to "<path>/", so:
//   /course/05-storage-s3/   -> reads /course/05-storage-s3/index.html from the bucket
//   /course/05-storage-s3    -> 301 to /course/05-storage-s3/ (relative links then resolve)
//   /  (when BASE is /course/) -> 302 to /course/
// Files with an extension (/_astro/x.js, /favicon.svg, /404.html) pass through untouched.
// A redirect drops the query string (the course uses none); browsers keep the #fragment.
var BASE = '${base}';

function redirect(statusCode, statusDescription, location) {
  return {
    statusCode: statusCode,
    statusDescription: statusDescription,
    headers: { location: { value: location } },
  };
}

function handler(event) {
  var request = event.request;
  var uri = request.uri;

  if (BASE !== '/' && (uri === '/' || uri + '/' === BASE)) {
    return redirect(302, 'Found', BASE);
  }
  if (uri.charAt(uri.length - 1) === '/') {
    request.uri = uri + 'index.html';
    return request;
  }
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') === -1) {
    return redirect(301, 'Moved Permanently', uri + '/');
  }
  return request;
}
