import { ApiProperty } from '@nestjs/swagger';

export class CatalogCategoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'hardware', description: 'Stable handle, usable as `?category=`' })
  key!: string;
  @ApiProperty({ example: 'Hardware' }) name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 'Computer', description: 'Material icon name' }) icon!: string;
  @ApiProperty() sortOrder!: number;
  @ApiProperty({ description: 'Published items in the category' }) itemCount!: number;
}

export class CatalogCategoryList {
  @ApiProperty({ type: [CatalogCategoryDto] }) items!: CatalogCategoryDto[];
}
