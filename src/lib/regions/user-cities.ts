/**
 * Cities a reader can place users in, for the Region chooser (lesson 3.1). Coordinates are city
 * centres rounded to 0.01° (public gazetteer values); at that precision a city is a point a
 * kilometre or so across, far below the uncertainty of any latency estimate built on it.
 */

/** A city where users are. */
export interface UserCity {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

const city = (id: string, name: string, country: string, lat: number, lon: number): UserCity => ({ id, name, country, lat, lon });

/** The cities, grouped by continent here; the menu lists them by name. */
export const USER_CITIES: readonly UserCity[] = [
  // Europe
  city('amsterdam', 'Amsterdam', 'Netherlands', 52.37, 4.9),
  city('barcelona', 'Barcelona', 'Spain', 41.39, 2.17),
  city('berlin', 'Berlin', 'Germany', 52.52, 13.4),
  city('dublin', 'Dublin', 'Ireland', 53.35, -6.26),
  city('frankfurt', 'Frankfurt', 'Germany', 50.11, 8.68),
  city('istanbul', 'Istanbul', 'Türkiye', 41.01, 28.98),
  city('lisbon', 'Lisbon', 'Portugal', 38.72, -9.14),
  city('london', 'London', 'United Kingdom', 51.51, -0.13),
  city('madrid', 'Madrid', 'Spain', 40.42, -3.7),
  city('milan', 'Milan', 'Italy', 45.46, 9.19),
  city('paris', 'Paris', 'France', 48.86, 2.35),
  city('rome', 'Rome', 'Italy', 41.9, 12.5),
  city('stockholm', 'Stockholm', 'Sweden', 59.33, 18.07),
  city('warsaw', 'Warsaw', 'Poland', 52.23, 21.01),
  city('zurich', 'Zurich', 'Switzerland', 47.37, 8.54),
  // Africa and the Middle East
  city('cairo', 'Cairo', 'Egypt', 30.04, 31.24),
  city('dubai', 'Dubai', 'United Arab Emirates', 25.2, 55.27),
  city('johannesburg', 'Johannesburg', 'South Africa', -26.2, 28.05),
  city('lagos', 'Lagos', 'Nigeria', 6.52, 3.38),
  city('nairobi', 'Nairobi', 'Kenya', -1.29, 36.82),
  city('riyadh', 'Riyadh', 'Saudi Arabia', 24.71, 46.68),
  city('tel-aviv', 'Tel Aviv', 'Israel', 32.09, 34.78),
  // Asia and Oceania
  city('auckland', 'Auckland', 'New Zealand', -36.85, 174.76),
  city('bangalore', 'Bengaluru', 'India', 12.97, 77.59),
  city('bangkok', 'Bangkok', 'Thailand', 13.76, 100.5),
  city('delhi', 'Delhi', 'India', 28.61, 77.21),
  city('hong-kong', 'Hong Kong', 'Hong Kong', 22.32, 114.17),
  city('jakarta', 'Jakarta', 'Indonesia', -6.21, 106.85),
  city('manila', 'Manila', 'Philippines', 14.6, 120.98),
  city('melbourne', 'Melbourne', 'Australia', -37.81, 144.96),
  city('mumbai', 'Mumbai', 'India', 19.08, 72.88),
  city('seoul', 'Seoul', 'South Korea', 37.57, 126.98),
  city('shanghai', 'Shanghai', 'China', 31.23, 121.47),
  city('singapore', 'Singapore', 'Singapore', 1.35, 103.82),
  city('sydney', 'Sydney', 'Australia', -33.87, 151.21),
  city('taipei', 'Taipei', 'Taiwan', 25.03, 121.57),
  city('tokyo', 'Tokyo', 'Japan', 35.68, 139.69),
  // The Americas
  city('bogota', 'Bogotá', 'Colombia', 4.71, -74.07),
  city('buenos-aires', 'Buenos Aires', 'Argentina', -34.6, -58.38),
  city('chicago', 'Chicago', 'United States', 41.88, -87.63),
  city('dallas', 'Dallas', 'United States', 32.78, -96.8),
  city('lima', 'Lima', 'Peru', -12.05, -77.04),
  city('los-angeles', 'Los Angeles', 'United States', 34.05, -118.24),
  city('mexico-city', 'Mexico City', 'Mexico', 19.43, -99.13),
  city('miami', 'Miami', 'United States', 25.76, -80.19),
  city('new-york', 'New York', 'United States', 40.71, -74.01),
  city('san-francisco', 'San Francisco', 'United States', 37.77, -122.42),
  city('santiago', 'Santiago', 'Chile', -33.45, -70.67),
  city('sao-paulo', 'São Paulo', 'Brazil', -23.55, -46.63),
  city('seattle', 'Seattle', 'United States', 47.61, -122.33),
  city('toronto', 'Toronto', 'Canada', 43.65, -79.38),
  city('vancouver', 'Vancouver', 'Canada', 49.28, -123.12),
];
