/** How long a zoom or fit animates, in milliseconds: long enough to see where the view went. */
export const ZOOM_DURATION = 200;
