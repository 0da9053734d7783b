/**
 * Given names and surnames for synthetic records: frequent Mexican names first (for the skewed
 * picks), with accents, ü and ñ, compound names and compound surnames, so that folding, sorting
 * and the PDN filters are exercised by realistic data.
 */
export const GIVEN_NAMES_F = [
  'María', 'Guadalupe', 'María Guadalupe', 'Juana', 'Verónica', 'Leticia', 'Rosa María', 'Patricia', 'María de Jesús', 'Elizabeth',
  'Alejandra', 'Gabriela', 'Ana María', 'Martha', 'Adriana', 'Yolanda', 'Silvia', 'Araceli', 'Claudia', 'Margarita',
  'María Fernanda', 'Sofía', 'Ximena', 'Valeria', 'Daniela', 'Mónica', 'Beatriz', 'Lucía', 'Mariana', 'Andrea',
  'María de los Ángeles', 'Inés', 'Begoña', 'Noemí', 'Raquel', 'Itzel', 'Xóchitl', 'Citlali', 'Nayeli', 'Fátima',
  'Ana Luisa', 'Rocío', 'Dolores', 'Concepción', 'Iris', 'Zoé', 'Jimena', 'Renata', 'Montserrat', 'Eugenia',
] as const;

export const GIVEN_NAMES_M = [
  'José', 'Juan', 'José Luis', 'Miguel Ángel', 'Francisco', 'Jesús', 'Antonio', 'Alejandro', 'Pedro', 'Juan Carlos',
  'Manuel', 'Ricardo', 'Fernando', 'Roberto', 'Jorge', 'Carlos', 'Luis', 'Javier', 'Eduardo', 'Rafael',
  'José Antonio', 'Martín', 'Sergio', 'Arturo', 'Raúl', 'Óscar', 'Héctor', 'Andrés', 'Rubén', 'Ramón',
  'Ángel', 'Joaquín', 'Iñaki', 'Íñigo', 'Nuño', 'Efraín', 'Germán', 'Julián', 'Sebastián', 'Tomás',
  'Juan Pablo', 'Emiliano', 'Santiago', 'Mateo', 'Diego', 'Cuauhtémoc', 'Joel', 'Saúl', 'Moisés', 'Abraham',
] as const;

export const SURNAMES = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz',
  'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Ruiz',
  'Mendoza', 'Aguilar', 'Ortiz', 'Moreno', 'Castillo', 'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera',
  'Juárez', 'Ramos', 'Domínguez', 'Herrera', 'Medina', 'Castro', 'Vargas', 'Guzmán', 'Velázquez', 'Muñoz',
  'Rojas', 'Contreras', 'Salazar', 'Luna', 'Ortega', 'Santiago', 'Guerrero', 'Estrada', 'Bautista', 'Cortés',
  'Soto', 'Alvarado', 'Espinoza', 'Lara', 'Ávila', 'Ríos', 'Cervantes', 'Silva', 'Delgado', 'Vega',
  'Núñez', 'Ibáñez', 'Peña', 'Saldaña', 'Zúñiga', 'Ordóñez', 'Yáñez', 'Patiño', 'Acuña', 'Treviño',
  'Bañuelos', 'Cañedo', 'Montaño', 'Muñiz', 'Villaseñor', 'Nava', 'Oropeza', 'Chávez', 'Llamas', 'Cisneros',
  'de la Cruz', 'del Río', 'de León', 'de los Santos', 'Solís', 'Valdés', 'Robles', 'Fuentes', 'Carrillo', 'Mejía',
  'Pacheco', 'Navarro', 'Campos', 'Sandoval', 'Cabrera', 'Escobar', 'Márquez', 'Gallegos', 'Quintero', 'Güémez',
] as const;

export type Sex = 'F' | 'M';
