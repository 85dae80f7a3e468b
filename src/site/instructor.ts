/** True in an instructor build (COURSE_INSTRUCTOR=1): answer-key pages are generated only then. */
export function isInstructorBuild(): boolean {
  return process.env.COURSE_INSTRUCTOR === '1';
}
